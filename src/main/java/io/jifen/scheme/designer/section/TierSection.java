package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 档次: the tier scales with their tiers in an editable grid (name, threshold) and a live ruler per scale. The ruler
 * follows the thresholds as they are typed, before the value is sent; a threshold the model cannot take (no lowest
 * tier left, or a second one) is not sent and its field says why, while the ruler shows the gap or the overlap.
 */
class TierSection extends SectionForm {

    static final String LIST = "$.scheme.tierSchemes";

    private final List<List<BigDecimalField>> mins = new ArrayList<>();
    final List<TierRuler> rulers = new ArrayList<>();

    TierSection(DesignerContext context) {
        super("designer.section.tiers", context, SchemePart.TIER_SCHEMES, LIST);
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return d.tierSchemes().isEmpty() ? d.withTierSchemes(parent.tierSchemes()) : d;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return d.tierSchemes().stream().map(ts -> ts.id() + ":" + ts.tiers().stream().map(Tier::id)
                .collect(Collectors.joining(","))).collect(Collectors.joining("/"));
    }

    @Override
    protected void build(SchemeVersion d) {
        mins.clear();
        rulers.clear();
        for (int t = 0; t < d.tierSchemes().size(); t++) {
            body.add(scale(t, d.tierSchemes().get(t)));
        }
        body.add(action("designer.section.tiers.addScheme", () -> send(LIST, this::addedScheme)));
    }

    private Div scale(int t, TierScheme ts) {
        String p = LIST + "[" + t + "]";
        TextField name = bind(new TextField(), p + ".name", "designer.section.tiers.schemeName",
                s -> s.tierSchemes().get(t).name(),
                (s, v) -> scheme(s, t, new TierScheme(ts(s, t).id(), v, ts(s, t).levels(), ts(s, t).tiers())));
        register(p, name);
        CheckboxGroup<Level> levels = new CheckboxGroup<>();
        levels.setItems(Level.values());
        levels.setItemLabelGenerator(this::label);
        bind(levels, p + ".levels", "designer.section.tiers.levels", s -> ts(s, t).levels(),
                (s, v) -> scheme(s, t, new TierScheme(ts(s, t).id(), ts(s, t).name(), v, ts(s, t).tiers())));
        Div box = new Div(new HorizontalLayout(name, levels,
                action("designer.section.tiers.removeScheme", () -> send(LIST, s -> s.withTierSchemes(
                        without(s.tierSchemes(), t))))));
        box.addClassName("designer-tier-scheme");
        // the ruler above the rows: with four or five tiers the rows fill the screen and a ruler below them is out
        // of sight while a threshold is typed (seen in the browser test's screenshots)
        TierRuler ruler = new TierRuler((key, args) -> t(key, args));
        rulers.add(ruler);
        box.add(ruler);
        List<BigDecimalField> fields = new ArrayList<>();
        mins.add(fields);
        for (int k = 0; k < ts.tiers().size(); k++) {
            box.add(tierRow(t, k, ts.tiers().size(), fields));
        }
        box.add(action("designer.section.tiers.addTier", () -> send(p + ".tiers", s -> addedTier(s, t))));
        return box;
    }

    private HorizontalLayout tierRow(int t, int k, int size, List<BigDecimalField> fields) {
        String p = LIST + "[" + t + "].tiers[" + k + "]";
        TextField name = bind(new TextField(), p + ".name", "designer.section.tiers.tierName",
                s -> ts(s, t).tiers().get(k).name(), (s, v) -> tier(s, t, k, v, ts(s, t).tiers().get(k).min()));
        BigDecimalField min = display(new BigDecimalField(), p + ".min", "designer.section.tiers.min",
                s -> ts(s, t).tiers().get(k).min());
        min.setClearButtonVisible(!readOnly());
        fields.add(min);
        min.addValueChangeListener(e -> {
            if (!isShowing()) {
                threshold(t, k, e.getValue());
            }
        });
        // the ruler follows each keystroke; the edit is sent when the value changes (blur / Enter)
        min.getElement().addEventListener("input", e -> preview(t, k, e.getEventData().get("element.value")
                .asString())).addEventData("element.value").debounce(250);
        HorizontalLayout row = new HorizontalLayout(name, min);
        if (size > 1) {
            row.add(action("designer.section.remove", () -> send(p, s -> removedTier(s, t, k))));
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("designer-tier-row");
        return row;
    }

    /** A typed threshold: sent when the scale keeps exactly one lowest tier, else shown as a gap or overlap only. */
    private void threshold(int t, int k, BigDecimal value) {
        TierBands bands = redraw(t, k, value);
        String path = LIST + "[" + t + "].tiers[" + k + "].min";
        if (bands.lowestCount() == 1) {
            send(path, s -> tier(s, t, k, ts(s, t).tiers().get(k).name(), value));
        } else if (bands.lowestCount() == 0) {
            problem(path, t("scheme.validation.tier.noLowest"));
        } else {
            problem(path, t("scheme.validation.tier.severalLowest", ts(draft(), t).tiers().get(k).name()));
        }
    }

    /** What the ruler shows while a threshold is typed. */
    void preview(int t, int k, String typed) {
        BigDecimal value;
        try {
            value = typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notYetANumber) {
            return;
        }
        redraw(t, k, value);
    }

    private TierBands redraw(int t, int k, BigDecimal value) {
        List<Tier> tiers = ts(draft(), t).tiers();
        List<TierBands.Row> rows = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal min = i == k ? value : mins.get(t).get(i).getValue();
            rows.add(new TierBands.Row(i, tiers.get(i).name(), min));
        }
        TierBands bands = TierBands.of(rows, scaleTop(draft()));
        rulers.get(t).draw(bands);
        return bands;
    }

    @Override
    protected void afterShow(SchemeVersion d) {
        for (int t = 0; t < d.tierSchemes().size(); t++) {
            List<TierBands.Row> rows = new ArrayList<>();
            List<Tier> tiers = d.tierSchemes().get(t).tiers();
            for (int k = 0; k < tiers.size(); k++) {
                rows.add(new TierBands.Row(k, tiers.get(k).name(), tiers.get(k).min()));
            }
            rulers.get(t).draw(TierBands.of(rows, scaleTop(d)));
        }
    }

    /** The ruler's right end: the total cap when there is one (S8: 100), else 100. */
    private BigDecimal scaleTop(SchemeVersion d) {
        var rule = d.periodRule() != null ? d.periodRule() : context.parent() == null ? null
                : context.parent().periodRule();
        return rule == null ? null : rule.totalCap();
    }

    private static TierScheme ts(SchemeVersion s, int t) {
        return s.tierSchemes().get(t);
    }

    private static SchemeVersion scheme(SchemeVersion s, int t, TierScheme changed) {
        return s.withTierSchemes(replace(s.tierSchemes(), t, changed));
    }

    private static SchemeVersion tier(SchemeVersion s, int t, int k, String name, BigDecimal min) {
        TierScheme ts = ts(s, t);
        Tier old = ts.tiers().get(k);
        return scheme(s, t, new TierScheme(ts.id(), ts.name(), ts.levels(),
                replace(ts.tiers(), k, new Tier(old.id(), name, min))));
    }

    /** Removing the lowest tier makes the next one the lowest, so the scale stays complete. */
    private static SchemeVersion removedTier(SchemeVersion s, int t, int k) {
        TierScheme ts = ts(s, t);
        List<Tier> tiers = without(ts.tiers(), k);
        if (ts.tiers().get(k).min() == null) {
            Tier last = tiers.getLast();
            tiers = replace(tiers, tiers.size() - 1, new Tier(last.id(), last.name(), null));
        }
        return scheme(s, t, new TierScheme(ts.id(), ts.name(), ts.levels(), tiers));
    }

    /** A new best tier ten points above the current best threshold. */
    private SchemeVersion addedTier(SchemeVersion s, int t) {
        TierScheme ts = ts(s, t);
        BigDecimal top = ts.tiers().getFirst().min();
        BigDecimal min = top == null ? BigDecimal.valueOf(60) : top.add(BigDecimal.TEN);
        String id = freshId("T", ts.tiers().stream().map(Tier::id).toList());
        return scheme(s, t, new TierScheme(ts.id(), ts.name(), ts.levels(),
                with(ts.tiers(), new Tier(id, t("designer.section.tiers.newTier"), min))));
    }

    private SchemeVersion addedScheme(SchemeVersion s) {
        String id = freshId("TIERS-", s.tierSchemes().stream().map(TierScheme::id).toList());
        TierScheme fresh = new TierScheme(id, t("designer.section.tiers.newScheme"), Set.of(Level.PERIOD), List.of(
                new Tier("PASS", t("designer.section.tiers.newPass"), BigDecimal.valueOf(60)),
                new Tier("FAIL", t("designer.section.tiers.newFail"), null)));
        return s.withTierSchemes(with(s.tierSchemes(), fresh));
    }
}
