package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.Versions;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** 积分类别: name, kind, sign, cap, weight, base score, rhythm, open for branches (with its budget), locked. */
class CategoryForm extends NodeForm<Category, CategoryFields> {

    final TextField name = new TextField();
    final Select<CategoryKind> kind = new Select<>();
    final Select<Sign> sign = new Select<>();
    final BigDecimalField capMin = new BigDecimalField();
    final BigDecimalField capMax = new BigDecimalField();
    final BigDecimalField weight = new BigDecimalField();
    final BigDecimalField baseScore = new BigDecimalField();
    final Select<PeriodUnit> rhythm = new Select<>();
    final Checkbox openForExtension = new Checkbox();
    final Checkbox locked = new Checkbox();

    CategoryForm(Consumer<UnaryOperator<SchemeVersion>> edit) {
        super(edit, new Kind<>(SchemeVersion::categories, Category::id, Versions::withCategories, CategoryFields::of,
                CategoryFields::build));
        label(name, "name");
        name.setRequired(true);
        kind.setItems(CategoryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("schemes.kind." + k.name()));
        label(kind, "kind");
        sign.setItems(Sign.values());
        sign.setItemLabelGenerator(s -> getTranslation("explain.enum.Sign." + s.name()));
        label(sign, "sign");
        label(capMin, "capMin");
        label(capMax, "capMax");
        label(weight, "weight");
        label(baseScore, "baseScore");
        rhythm.setItems(PeriodUnit.values());
        rhythm.setItemLabelGenerator(u -> u == null ? getTranslation("designer.category.rhythm.every")
                : getTranslation("scheme.validation.enum.PeriodUnit." + u.name()));
        rhythm.setEmptySelectionAllowed(true);
        rhythm.setEmptySelectionCaption(getTranslation("designer.category.rhythm.every"));
        label(rhythm, "rhythm");
        label(openForExtension, "openForExtension");
        label(locked, "locked");

        bind(".name", name, (f, v) -> f.name = v);
        bind(".kind", kind, (f, v) -> {
            // a deduction category subtracts: a new kind brings its usual sign, which can still be changed
            f.kind = v;
            f.sign = v == null ? f.sign : v.defaultSign();
        });
        bind(".sign", sign, (f, v) -> f.sign = v);
        bind(".cap.min", capMin, (f, v) -> f.capMin = v);
        bind(".cap.max", capMax, (f, v) -> f.capMax = v);
        marks.add(".cap", capMax);
        bind(".weight", weight, (f, v) -> f.weight = v);
        bind(".baseScore", baseScore, (f, v) -> f.baseScore = v);
        bind(".rhythm", rhythm, (f, v) -> f.rhythm = v);
        bind(".openForExtension", openForExtension, (f, v) -> f.openForExtension = v);
        bind(".locked", locked, (f, v) -> f.locked = v);
        marks.add(".parentId", name);
        add(name, kind, sign, capMin, capMax, weight, baseScore, rhythm, openForExtension, locked);
        setColspan(name, 2);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("designer.category." + key));
        if (field instanceof com.vaadin.flow.component.HasHelper h) {
            h.setHelperText(getTranslation("designer.category." + key + ".help"));
        }
    }

    @Override
    void fill(SchemeVersion version, Category c) {
        set(name, c.name() == null ? "" : c.name());
        set(kind, c.kind());
        set(sign, c.sign());
        set(capMin, c.cap().min());
        set(capMax, c.cap().max());
        set(weight, c.weight());
        set(baseScore, c.baseScore());
        set(rhythm, c.rhythm());
        set(openForExtension, c.openForExtension());
        set(locked, c.locked());
    }
}
