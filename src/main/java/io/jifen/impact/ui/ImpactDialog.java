package io.jifen.impact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.Command;
import io.jifen.impact.Impact;
import io.jifen.impact.ImpactPreview;
import io.jifen.impact.ImpactSpan;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * 影响预览 of a draft: the span (this period or the year), a summary, and the members whose tier would change (or
 * all). The evaluation runs off the UI thread; polling carries the result back (the application has no push), and
 * the progress shows only when it takes longer than a second.
 */
class ImpactDialog extends Dialog {

    private static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;

    final RadioButtonGroup<ImpactSpan> span = new RadioButtonGroup<>();
    final Checkbox onlyTierChanges = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Paragraph notes = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final ImpactGrid grid = new ImpactGrid();
    /** The evaluation under way, for the tests to wait on; null when none. */
    CompletableFuture<Void> running;
    private final transient ImpactPreview service;
    private final JifenUser user;
    private final long versionId;
    private final transient Supplier<SchemeVersion> draft;
    private Impact shown;

    ImpactDialog(ImpactPreview service, JifenUser user, long versionId, Supplier<SchemeVersion> draft) {
        this.service = service;
        this.user = user;
        this.versionId = versionId;
        this.draft = draft;
        setHeaderTitle(getTranslation("impact.title"));
        setWidth("min(1100px, 96vw)");
        setHeight("min(720px, 92vh)");
        span.setLabel(getTranslation("impact.span"));
        span.setItems(ImpactSpan.values());
        span.setItemLabelGenerator(s -> getTranslation("impact.span." + s.name()));
        span.setValue(ImpactSpan.PERIOD);
        span.addValueChangeListener(e -> evaluate());
        onlyTierChanges.setLabel(getTranslation("impact.onlyTierChanges"));
        onlyTierChanges.setValue(true);
        onlyTierChanges.addValueChangeListener(e -> showRows());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressText.setVisible(false);
        grid.setSizeFull();
        HorizontalLayout bar = new HorizontalLayout(span, onlyTierChanges);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        VerticalLayout body = new VerticalLayout(bar, summary, notes, progress, progressText, grid);
        body.setPadding(false);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        addOpenedChangeListener(e -> {
            if (e.isOpened() && shown == null && running == null) {
                evaluate();
            }
        });
    }

    /** Evaluates the draft as it is now over the organization, in the background. */
    void evaluate() {
        if (running != null) {
            return;
        }
        UI ui = UI.getCurrent();
        SchemeVersion version = draft.get();
        ImpactSpan chosen = span.getValue();
        span.setEnabled(false);
        summary.setText(getTranslation("impact.evaluating"));
        ui.setPollInterval(500);
        long started = System.nanoTime();
        ImpactPreview.Progress report = (done, of) -> {
            if (System.nanoTime() - started > PROGRESS_AFTER_NANOS) {
                deliver(ui, () -> showProgress(done, of));
            }
        };
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                Impact impact = service.preview(user, versionId, version, chosen, report);
                deliver(ui, () -> done(ui, impact));
            } catch (RuntimeException e) {
                deliver(ui, () -> failed(ui, e));
            }
        }), command -> Thread.ofVirtual().name("impact-preview").start(command));
    }

    private void showProgress(int done, int of) {
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("impact.running", done, of));
    }

    /** The user may have closed the dialog or the tab meanwhile: nothing was stored, nothing is lost. */
    private static void deliver(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // nobody left to tell
        }
    }

    private void done(UI ui, Impact impact) {
        finished(ui);
        shown = impact;
        summary.setText(getTranslation("impact.summary", impact.rows().size(), impact.tierUps(),
                impact.tierDowns()));
        notes.setText(notes(impact));
        showRows();
    }

    private String notes(Impact impact) {
        StringBuilder text = new StringBuilder(impact.inForceVersion() == null ? getTranslation("impact.noInForce")
                : getTranslation("impact.periods", impact.inForceVersion(), dates(impact.nowPeriod()),
                        dates(impact.draftPeriod())));
        if (impact.removedEntries() > 0) {
            text.append(getTranslation("impact.separator")).append(getTranslation("impact.removed",
                    impact.removedEntries()));
        }
        if (impact.notScored() > 0) {
            text.append(getTranslation("impact.separator")).append(getTranslation("impact.notScored",
                    impact.notScored()));
        }
        return text.toString();
    }

    private String dates(Period p) {
        return getTranslation("impact.dates", p.start().toString(), p.end().toString());
    }

    private void failed(UI ui, RuntimeException error) {
        finished(ui);
        summary.setText(ErrorMessages.describe(ui, error));
    }

    private void finished(UI ui) {
        running = null;
        ui.setPollInterval(-1);
        span.setEnabled(true);
        progress.setVisible(false);
        progressText.setVisible(false);
    }

    private void showRows() {
        if (shown != null) {
            grid.setItems(onlyTierChanges.getValue() ? shown.tierChanges() : shown.rows());
            grid.setEmptyStateText(getTranslation(onlyTierChanges.getValue() ? "impact.emptyChanges"
                    : "impact.empty"));
        }
    }
}
