package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the eligibility and consequence forms share: pickers of the tier scales in force, their tiers, statuses. */
abstract class RuleForm extends SectionForm {

    protected RuleForm(String titleKey, DesignerContext context, io.jifen.scoring.model.SchemePart part,
            String... prefixes) {
        super(titleKey, context, part, prefixes);
    }

    /** The draft's own tier scales, else (an extension without its own) the parent's. */
    protected List<TierScheme> tierSchemes(SchemeVersion d) {
        if (d.tierSchemes().isEmpty() && context.parent() != null) {
            return context.parent().tierSchemes();
        }
        return d.tierSchemes();
    }

    /** Part of a rule form's structure: the scales and tiers a picker offers. */
    protected String tierStructure(SchemeVersion d) {
        return tierSchemes(d).stream().map(ts -> ts.id() + ts.tiers().stream().map(Tier::id).toList())
                .collect(Collectors.joining());
    }

    protected Select<String> tierSchemeSelect(SchemeVersion d) {
        Select<String> select = new Select<>();
        List<TierScheme> schemes = tierSchemes(d);
        select.setItems(schemes.stream().map(TierScheme::id).toList());
        select.setItemLabelGenerator(nullSafe(id -> schemes.stream().filter(ts -> ts.id().equals(id)).findFirst()
                .map(TierScheme::name).orElse(id)));
        return select;
    }

    protected Select<String> tierSelect(SchemeVersion d, String tierSchemeId) {
        Select<String> select = new Select<>();
        List<Tier> tiers = scale(d, tierSchemeId).map(TierScheme::tiers).orElse(List.of());
        select.setItems(tiers.stream().map(Tier::id).toList());
        select.setItemLabelGenerator(nullSafe(id -> tiers.stream().filter(x -> x.id().equals(id)).findFirst()
                .map(Tier::name).orElse(id)));
        return select;
    }

    protected Optional<TierScheme> scale(SchemeVersion d, String tierSchemeId) {
        return tierSchemes(d).stream().filter(ts -> ts.id().equals(tierSchemeId)).findFirst();
    }

    /** The first scale and its lowest tier, for a new rule; nulls when the scheme has no tiers yet. */
    protected String firstScale(SchemeVersion d) {
        return tierSchemes(d).isEmpty() ? null : tierSchemes(d).getFirst().id();
    }

    protected String lowestTier(SchemeVersion d, String tierSchemeId) {
        return scale(d, tierSchemeId).map(ts -> ts.lowest().id()).orElse(null);
    }

    protected MultiSelectComboBox<MemberStatus> statusSelect() {
        MultiSelectComboBox<MemberStatus> select = new MultiSelectComboBox<>();
        select.setItems(MemberStatus.values());
        select.setItemLabelGenerator(this::label);
        return select;
    }
}
