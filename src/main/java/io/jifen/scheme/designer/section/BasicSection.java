package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.SchemeVersion;

/**
 * 基本信息: the scheme's name and the effective date stored in the draft. (The model has no description: a
 * template's description lives in the document's info, not in the version.)
 */
class BasicSection extends SectionForm {

    static final String NAME = "$.scheme.name";
    static final String EFFECTIVE_FROM = "$.scheme.effectiveFrom";

    BasicSection(DesignerContext context) {
        super("designer.section.basic", context, null, NAME, EFFECTIVE_FROM, "$.scheme.id", "$.scheme.version");
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return "basic";
    }

    @Override
    protected void build(SchemeVersion d) {
        TextField name = bind(new TextField(), NAME, "designer.section.basic.name", SchemeVersion::name,
                (s, v) -> s.withName(v == null || v.isBlank() ? null : v.strip()));
        name.setMaxLength(200);
        DatePicker from = bind(new DatePicker(), EFFECTIVE_FROM, "designer.section.basic.effectiveFrom",
                SchemeVersion::effectiveFrom, SchemeVersion::withEffectiveFrom);
        TextField version = new TextField(t("designer.section.basic.version"));
        version.setHelperText(t("designer.section.basic.version.help"));
        version.setReadOnly(true);
        version.setValue(Integer.toString(d.version()));
        register("$.scheme.version", version);
        body.add(new FormLayout(name, from, version));
    }
}
