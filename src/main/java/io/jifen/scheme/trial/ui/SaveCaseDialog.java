package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.trial.Expectation;
import io.jifen.scheme.trial.SchemeTestCase;
import io.jifen.scheme.trial.TrialCase;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Names a try-out as a test case and shows what it will expect — the totals and tiers it gives now — each of which
 * the user may change to what the rules ought to give (a case written before the scheme is right fails until it is).
 */
class SaveCaseDialog extends Dialog {

    final TextField name = new TextField(getTranslation("trial.case.name"));
    final Grid<Integer> expectations = new Grid<>();
    final Button save = new Button(getTranslation("trial.case.save"));
    final List<Expectation> edited;

    /** @param saver stores the named case; true when it did, and the dialog closes */
    SaveCaseDialog(TrialCase current, SchemeVersion scheme, Predicate<TrialCase> saver) {
        this.edited = new ArrayList<>(current.expectations());
        setHeaderTitle(getTranslation("trial.case.save"));
        name.setHelperText(getTranslation("trial.case.nameHelp"));
        name.setWidthFull();
        name.setMaxLength(SchemeTestCase.MAX_NAME);
        expectations.addThemeVariants(GridVariant.LUMO_COMPACT);
        expectations.addColumn(i -> memberName(current, edited.get(i).memberId()))
                .setHeader(getTranslation("trial.check.member"));
        expectations.addColumn(i -> getTranslation("trial.level." + edited.get(i).level().name()) + " "
                + getTranslation("explain.period", edited.get(i).start().toString(), edited.get(i).end().toString()))
                .setHeader(getTranslation("trial.check.period")).setAutoWidth(true);
        expectations.addComponentColumn(this::totalField).setHeader(getTranslation("trial.check.expectedTotal"));
        expectations.addComponentColumn(i -> tierField(i, scheme)).setHeader(getTranslation("trial.check.expectedTier"));
        expectations.setItems(IntStream.range(0, edited.size()).boxed().toList());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (saver.test(new TrialCase(name.getValue(), current.input(), edited))) {
                close();
            }
        });
        add(name, new Paragraph(getTranslation("trial.case.expectHelp")), expectations);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("56em");
    }

    BigDecimalField totalField(int index) {
        BigDecimalField field = new BigDecimalField();
        field.setAriaLabel(getTranslation("trial.check.expectedTotal"));
        field.setValue(edited.get(index).total());
        field.addValueChangeListener(e -> edited.set(index, edited.get(index).withTotal(e.getValue())));
        return field;
    }

    ComboBox<String> tierField(int index, SchemeVersion scheme) {
        Expectation e = edited.get(index);
        ComboBox<String> field = new ComboBox<>();
        field.setAriaLabel(getTranslation("trial.check.expectedTier"));
        List<Tier> tiers = e.tierSchemeId() == null ? List.of()
                : scheme.tierScheme(e.tierSchemeId()).map(TierScheme::tiers).orElse(List.of());
        field.setItems(tiers.stream().map(Tier::id).toList());
        field.setItemLabelGenerator(id -> tiers.stream().filter(t -> t.id().equals(id)).findFirst()
                .map(Tier::name).orElse(id));
        field.setValue(e.tierId());
        field.setEnabled(!tiers.isEmpty());
        field.addValueChangeListener(v -> edited.set(index, edited.get(index).withTier(v.getValue())));
        return field;
    }

    private static String memberName(TrialCase c, String memberId) {
        return c.input().members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .map(TrialMember::name).orElse(memberId);
    }
}
