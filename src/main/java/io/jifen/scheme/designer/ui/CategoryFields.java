package io.jifen.scheme.designer.ui;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Sign;
import java.math.BigDecimal;

/** The editable values of a {@link Category}: the form changes one, {@link #build()} makes the new record. */
final class CategoryFields {

    String id;
    String parentId;
    String name;
    CategoryKind kind;
    Sign sign;
    BigDecimal capMin;
    BigDecimal capMax;
    BigDecimal weight;
    boolean openForExtension;
    boolean locked;
    int order;
    BigDecimal baseScore;
    PeriodUnit rhythm;

    static CategoryFields of(Category c) {
        CategoryFields f = new CategoryFields();
        f.id = c.id();
        f.parentId = c.parentId();
        f.name = c.name();
        f.kind = c.kind();
        f.sign = c.sign();
        f.capMin = c.cap().min();
        f.capMax = c.cap().max();
        f.weight = c.weight();
        f.openForExtension = c.openForExtension();
        f.locked = c.locked();
        f.order = c.order();
        f.baseScore = c.baseScore();
        f.rhythm = c.rhythm();
        return f;
    }

    Category build() {
        return new Category(id, parentId, name, kind, sign, new Cap(capMin, capMax), weight, openForExtension, locked,
                order, baseScore, rhythm);
    }
}
