package io.jifen.ledger.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.ledger.Entry;
import io.jifen.ledger.evidence.Evidence;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.QueueRow;
import io.jifen.ledger.review.ReviewService;
import io.jifen.ledger.review.TrailStep;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The detail of the entry in review: what was claimed and why, the evidence (photos inline, PDFs as links opened
 * from {@code /evidence/{id}}), the trail so far, and the two decisions. A rejection asks for its reason.
 */
class ReviewDetail extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient ReviewService reviews;
    private final transient EvidenceService evidence;
    private final JifenUser user;
    private final Runnable decided;
    final Button approve = new Button(getTranslation("review.action.approve"));
    final Button reject = new Button(getTranslation("review.action.reject"));
    final Div evidenceList = new Div();
    private QueueRow shown;

    ReviewDetail(ReviewService reviews, EvidenceService evidence, JifenUser user, Runnable decided) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.user = user;
        this.decided = decided;
        addClassName("jifen-review-detail");
        setWidth("26rem");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> approveShown());
        reject.addClickListener(e -> askReason());
        show(null);
    }

    QueueRow shown() {
        return shown;
    }

    void show(QueueRow row) {
        shown = row;
        removeAll();
        if (row == null) {
            add(new Span(getTranslation("review.detail.empty")));
            return;
        }
        Entry e = row.entry();
        // the decision right under the heading: in a portal's frame of a laptop's height the evidence and the trail
        // would push it below the fold
        add(new H3(row.memberName() + " · " + row.itemName()), new HorizontalLayout(approve, reject),
                line("review.column.unit", row.unitName()),
                line("review.column.value", ReviewQueueView.value(e)),
                line("review.column.date", e.getDate().toString()),
                line("review.column.basis", e.getBasis() == null ? "" : e.getBasis()),
                line("review.column.recorder", e.getRecordedBy()),
                line("review.column.step", stepName(row)));
        add(new H4(getTranslation("review.detail.evidence")), evidenceList);
        fillEvidence(row);
        List<TrailStep> trail = reviews.trail(user, e.getId());
        if (!trail.isEmpty()) {
            add(new H4(getTranslation("review.detail.trail")));
        }
        for (TrailStep t : trail) {
            add(new Span(TIME.format(t.decidedAt()) + " "
                    + (t.stepName() == null ? getTranslation("review.step.default") : t.stepName()) + " "
                    + t.decidedBy() + " " + getTranslation("review.trail." + t.decision().name())
                    + (t.reason() == null ? "" : "：" + t.reason())));
        }
    }

    String stepName(QueueRow row) {
        return row.stepName() != null ? row.stepName() : getTranslation("review.step.default");
    }

    private void fillEvidence(QueueRow row) {
        evidenceList.removeAll();
        var files = evidence.list(user, row.id());
        if (files.isEmpty()) {
            evidenceList.add(new Span(getTranslation(row.evidenceRequired() ? "review.detail.evidenceRequired"
                    : "review.detail.noEvidence")));
        }
        for (Evidence f : files) {
            String src = "evidence/" + f.getId();
            if (f.isImage()) {
                Image img = new Image(src, f.getFileName());
                img.setMaxWidth("100%");
                evidenceList.add(new Anchor(src, img));
            } else {
                Anchor link = new Anchor(src, f.getFileName());
                link.setTarget("_blank");
                evidenceList.add(new Div(link));
            }
        }
    }

    void approveShown() {
        if (shown == null) {
            return;
        }
        try {
            reviews.approve(user, shown.id(), shown.entry().getVersion());
            ErrorMessages.success(getTranslation("review.approved"));
        } catch (RuntimeException ex) {
            ErrorMessages.show(ex);
        }
        decided.run();
    }

    void askReason() {
        if (shown == null) {
            return;
        }
        QueueRow row = shown;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.reject.title"));
        TextArea reason = new TextArea(getTranslation("review.reject.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("review.reject.confirm"), e -> {
            try {
                reviews.reject(user, row.id(), row.entry().getVersion(), reason.getValue());
                dialog.close();
                ErrorMessages.success(getTranslation("review.rejected"));
                decided.run();
            } catch (RuntimeException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ErrorMessages.describe(getUI().orElseThrow(), ex));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private Span line(String labelKey, String value) {
        return new Span(getTranslation(labelKey) + "：" + value);
    }
}
