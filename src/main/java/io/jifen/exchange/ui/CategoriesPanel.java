package io.jifen.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.exchange.ExchangeCategories;
import io.jifen.exchange.ExchangeCategories.Choice;
import io.jifen.organization.Organization;
import io.jifen.scoring.model.Category;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.ui.ErrorMessages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which categories of the scheme in force at a unit feed the exchange balance. Secretaries see the choice; admins
 * change it (for a scheme kept in their subtree).
 */
class CategoriesPanel extends VerticalLayout {

    final ComboBox<Organization> unit = new ComboBox<>();
    final CheckboxGroup<Category> chosen = new CheckboxGroup<>();
    final Paragraph state = new Paragraph();
    final Button save = new Button();
    private final transient ExchangeCategories choices;
    private final JifenUser user;

    CategoriesPanel(ExchangeCategories choices, List<Organization> units, JifenUser user) {
        this.choices = choices;
        this.user = user;
        unit.setLabel(getTranslation("exchange.column.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        unit.addValueChangeListener(e -> load());
        chosen.setLabel(getTranslation("exchange.categories.label"));
        chosen.setItemLabelGenerator(Category::name);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(user.has(Role.ADMIN));
        chosen.setReadOnly(!user.has(Role.ADMIN));
        add(new Paragraph(getTranslation("exchange.categories.explain")), unit, state, chosen, save);
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
    }

    void load() {
        Optional<Choice> c = unit.getValue() == null ? Optional.empty()
                : choices.forUnit(user, unit.getValue().getId());
        chosen.setItems(c.map(Choice::categories).orElse(List.of()));
        save.setEnabled(c.isPresent());
        c.ifPresentOrElse(x -> {
            chosen.setValue(x.categories().stream().filter(cat -> x.chosen().contains(cat.id()))
                    .collect(Collectors.toSet()));
            state.setText(getTranslation(x.saved() ? "exchange.categories.saved" : "exchange.categories.suggested",
                    x.schemeName()));
        }, () -> state.setText(getTranslation("exchange.categories.noScheme")));
    }

    void save() {
        try {
            choices.save(user, unit.getValue().getId(), chosen.getValue().stream().map(Category::id)
                    .collect(Collectors.toSet()));
            ErrorMessages.success(getTranslation("exchange.categories.done"));
        } catch (RuntimeException refused) {
            ErrorMessages.show(refused);
        }
        load();
    }
}
