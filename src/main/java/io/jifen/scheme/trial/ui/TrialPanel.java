package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.organization.MemberService;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.trial.Expectations;
import io.jifen.scheme.trial.SchemeTestCases;
import io.jifen.scheme.trial.TrialCase;
import io.jifen.scheme.trial.TrialInput;
import io.jifen.scheme.trial.TrialRun;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Results;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * 试算: members, hypothetical facts and a range of periods run through the engine on the draft as it is now; every
 * number of the results opens its explanation. Admins keep try-outs as test cases of the scheme (publishing waits
 * until they all pass) and get generated cases at each tier threshold and cap edge.
 */
public class TrialPanel extends VerticalLayout {

    final DatePicker from = new DatePicker(getTranslation("trial.from"));
    final DatePicker to = new DatePicker(getTranslation("trial.to"));
    final Button run = new Button(getTranslation("trial.run"));
    final MembersEditor members;
    final FactsEditor facts;
    final ResultsView results = new ResultsView();
    final CasesView cases;
    private final Supplier<SchemeVersion> effectiveDraft;
    private Results lastResults;
    private TrialInput lastInput;

    /**
     * @param effectiveDraft the draft as the engine takes it (merged onto its parent for an extension), asked again
     *                       at every run, so that the try-out always follows the designer's latest edit
     * @param schemeId       the stored scheme the draft belongs to: its saved test cases are shown
     */
    public TrialPanel(DesignerContext context, Supplier<SchemeVersion> effectiveDraft, long schemeId,
            SchemeTestCases testCases, MemberService roster) {
        this.effectiveDraft = effectiveDraft;
        setPadding(false);
        addClassName("jifen-trial");
        members = new MembersEditor(roster, context.user(), context.organizationId(), this::membersChanged);
        facts = new FactsEditor(() -> from.getValue() == null ? LocalDate.now() : from.getValue());
        IsoDates.apply(from);
        IsoDates.apply(to);
        from.setHelperText(getTranslation("trial.rangeHelp"));
        Period year = currentYear(effectiveDraft);
        from.setValue(year.start());
        to.setValue(year.end());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        run.setTooltipText(getTranslation("trial.runShortcut"));
        run.addClickListener(e -> runTrial());
        HorizontalLayout range = new HorizontalLayout(from, to, run);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(members, facts, range, results);
        if (context.user().has(Role.ADMIN)) {
            cases = new CasesView(testCases, context.user(), schemeId, effectiveDraft, this::current, this::load,
                    () -> from.getValue() == null ? LocalDate.now() : from.getValue());
            add(cases);
        } else {
            cases = null;
        }
    }

    /** The evaluation year running today; the calendar year while the draft has no period rule yet. */
    private static Period currentYear(Supplier<SchemeVersion> draft) {
        SchemeVersion scheme = draft.get();
        return scheme.periodRule() == null ? Period.year(LocalDate.now().getYear())
                : scheme.periodRule().evaluationYearOf(LocalDate.now());
    }

    /** Offers the draft's current classes and items again (the designer calls it after edits, attach does too). */
    public void draftChanged() {
        SchemeVersion draft = effectiveDraft.get();
        members.offer(draft);
        facts.offer(draft, members.members());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draftChanged();
    }

    private void membersChanged() {
        facts.offer(effectiveDraft.get(), members.members());
    }

    TrialInput input() {
        return new TrialInput(members.members(), facts.facts(), from.getValue(), to.getValue());
    }

    /** Runs the engine on the draft; a refusal the user can fix (no members, a class missing) is shown as such. */
    boolean runTrial() {
        SchemeVersion draft = effectiveDraft.get();
        TrialInput input = input();
        try {
            lastResults = TrialRun.run(draft, input);
            lastInput = input;
            results.show(draft, lastResults, input.members());
            return true;
        } catch (UserFacingException e) {
            ErrorMessages.show(e);
        } catch (IllegalArgumentException e) {
            // the engine refuses what the draft cannot compute yet (a range its period rule cannot split)
            ErrorMessages.refused(getTranslation("trial.error.notComputable"));
        }
        lastResults = null;
        results.clear();
        return false;
    }

    /** The try-out as a case: its input and the totals and tiers it gives now, run again if anything changed. */
    private TrialCase current() {
        if (lastResults == null || !input().equals(lastInput)) {
            if (!runTrial()) {
                throw new UserFacingException("trial.error.runFirst");
            }
        }
        return new TrialCase(null, lastInput, Expectations.of(lastResults));
    }

    /** Shows a saved or generated case's input and runs it. */
    void load(TrialInput input) {
        members.show(input.members());
        facts.offer(effectiveDraft.get(), members.members());
        facts.show(input.facts());
        from.setValue(input.from());
        to.setValue(input.to());
        runTrial();
    }
}
