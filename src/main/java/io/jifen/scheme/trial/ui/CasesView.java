package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.scheme.trial.CaseOutcome;
import io.jifen.scheme.trial.EdgeCases;
import io.jifen.scheme.trial.SchemeTestCases;
import io.jifen.scheme.trial.SchemeTestCases.SavedCase;
import io.jifen.scheme.trial.TrialCase;
import io.jifen.scheme.trial.TrialInput;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saved test cases of the scheme (save the try-out under a name, run, load, delete; pass / fail per expectation)
 * and the generated edge cases, which the user can load or add as cases.
 */
class CasesView extends VerticalLayout {

    final Button save = new Button(getTranslation("trial.case.saveAs"));
    final Button runAll = new Button(getTranslation("trial.case.runAll"));
    final Grid<SavedCase> saved = new Grid<>();
    final Grid<CaseOutcome.Checked> checks = new Grid<>();
    final Button generate = new Button(getTranslation("trial.edge.generate"));
    final Grid<EdgeCases.Generated> generated = new Grid<>();
    final Map<Long, CaseOutcome> outcomes = new HashMap<>();
    private final transient SchemeTestCases cases;
    private final JifenUser user;
    private final long schemeId;
    private final Supplier<SchemeVersion> draft;

    CasesView(SchemeTestCases cases, JifenUser user, long schemeId, Supplier<SchemeVersion> draft,
            Supplier<TrialCase> current, Consumer<TrialInput> load, Supplier<LocalDate> day) {
        this.cases = cases;
        this.user = user;
        this.schemeId = schemeId;
        this.draft = draft;
        setPadding(false);
        save.addClickListener(e -> openSave(current));
        runAll.addClickListener(e -> runAll());
        configureSaved(load);
        checks.addThemeVariants(GridVariant.LUMO_COMPACT);
        CheckColumns.add(checks, draft);
        checks.setAllRowsVisible(true);
        generated.addColumn(g -> getTranslation(g.labelKey(), g.labelArguments().toArray()))
                .setHeader(getTranslation("trial.edge.case")).setFlexGrow(1);
        generated.addComponentColumn(g -> new HorizontalLayout(
                new Button(getTranslation("trial.case.load"), e -> load.accept(g.trialCase().input())),
                new Button(getTranslation("trial.edge.add"), e -> saveAs(getTranslation(g.labelKey(),
                        g.labelArguments().toArray()), g.trialCase())))).setAutoWidth(true);
        generated.setAllRowsVisible(true);
        generate.addClickListener(e -> generated.setItems(EdgeCases.generate(draft.get(), day.get())));
        add(new H4(getTranslation("trial.cases")), new HorizontalLayout(save, runAll), saved, checks,
                new H4(getTranslation("trial.edge.title")), generate, generated);
        refresh();
    }

    private void configureSaved(Consumer<TrialInput> load) {
        saved.addThemeVariants(GridVariant.LUMO_COMPACT);
        saved.addColumn(c -> c.content().name()).setHeader(getTranslation("trial.case.name")).setFlexGrow(1);
        saved.addColumn(this::status).setHeader(getTranslation("trial.case.status")).setAutoWidth(true);
        saved.addComponentColumn(c -> {
            Button run = new Button(getTranslation("trial.case.run"), e -> run(c));
            Button loadIt = new Button(getTranslation("trial.case.load"), e -> load.accept(c.content().input()));
            Button delete = new Button(getTranslation("trial.case.delete"), e -> confirmDelete(c));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(run, loadIt, delete);
        }).setAutoWidth(true);
        saved.setAllRowsVisible(true);
        saved.addSelectionListener(e -> showChecks(e.getFirstSelectedItem().map(c -> outcomes.get(c.id()))
                .orElse(null)));
    }

    private void openSave(Supplier<TrialCase> current) {
        TrialCase trialCase;
        try {
            trialCase = current.get();
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return;
        }
        new SaveCaseDialog(trialCase, draft.get(), c -> saveAs(c.name(), c)).open();
    }

    /** @return whether the case was stored (a refusal — name taken, missing — is shown and nothing changes) */
    boolean saveAs(String name, TrialCase trialCase) {
        try {
            cases.save(user, schemeId, new TrialCase(name, trialCase.input(), trialCase.expectations()));
            ErrorMessages.success(getTranslation("trial.case.saved", name));
            refresh();
            return true;
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return false;
        }
    }

    void runAll() {
        cases.runAll(user, schemeId, draft.get()).forEach(o -> outcomes.put(o.caseId(), o));
        saved.getDataProvider().refreshAll();
        saved.getSelectedItems().stream().findFirst().ifPresent(c -> showChecks(outcomes.get(c.id())));
    }

    private void run(SavedCase c) {
        outcomes.put(c.id(), cases.run(user, c.id(), draft.get()));
        saved.getDataProvider().refreshItem(c);
        saved.select(c);
        showChecks(outcomes.get(c.id()));
    }

    private void confirmDelete(SavedCase c) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("trial.case.deleteTitle"),
                getTranslation("trial.case.deleteText", c.content().name()), getTranslation("trial.case.delete"),
                e -> delete(c));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    void delete(SavedCase c) {
        cases.delete(user, c.id());
        outcomes.remove(c.id());
        refresh();
    }

    void refresh() {
        saved.setItems(cases.list(user, schemeId));
        showChecks(null);
    }

    private void showChecks(CaseOutcome outcome) {
        checks.setItems(outcome == null ? List.of() : outcome.expectations());
        checks.setVisible(outcome != null);
        if (outcome != null && outcome.errorKey() != null) {
            ErrorMessages.refused(getTranslation(outcome.errorKey(), outcome.errorArguments().toArray()));
        }
    }

    private String status(SavedCase c) {
        CaseOutcome o = outcomes.get(c.id());
        if (o == null) {
            return getTranslation("trial.case.notRun");
        }
        long passed = o.expectations().stream().filter(CaseOutcome.Checked::passed).count();
        return getTranslation(o.passed() ? "trial.case.passed" : "trial.case.failed", passed,
                o.expectations().size());
    }
}
