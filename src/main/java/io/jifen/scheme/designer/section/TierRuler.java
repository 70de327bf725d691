package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The live ruler of a tier scale: one horizontal bar over the score axis with a coloured block per tier, a red
 * striped mark where tiers overlap and a hatched block where scores would get no tier. Plain divs and inline CSS, so
 * no frontend bundle is needed. Below the bar the problems are said in words.
 */
class TierRuler extends Div {

    private static final String[] COLOURS = {"#2e7d32", "#558b2f", "#9e9d24", "#f9a825", "#ef6c00", "#c62828"};

    final Div bar = new Div();
    final Div words = new Div();
    private final BiFunction<String, Object[], String> text;

    TierRuler(BiFunction<String, Object[], String> text) {
        this.text = text;
        addClassName("tier-ruler");
        bar.addClassName("tier-ruler-bar");
        bar.getStyle().set("position", "relative").set("height", "2.2em").set("width", "100%")
                .set("background", "var(--lumo-contrast-5pct, #eee)").set("border-radius", "4px")
                .set("overflow", "hidden");
        words.addClassName("tier-ruler-words");
        words.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        add(bar, words);
        setWidthFull();
    }

    void draw(TierBands bands) {
        bar.removeAll();
        words.removeAll();
        List<String> said = new ArrayList<>();
        int colour = 0;
        for (TierBands.Band b : bands.bands()) {
            double start = bands.startPercent(b);
            double width = Math.max(0, bands.endPercent(b) - start);
            Div block = block(start, width, b.overlaps() ? "tier-band tier-overlap" : "tier-band");
            block.getStyle().set("background", COLOURS[Math.min(colour++, COLOURS.length - 1)]);
            block.add(new Span(b.name() == null ? "" : b.name()));
            block.setTitle(range(b));
            bar.add(block);
        }
        overlaps(bands, said);
        if (bands.hasGap()) {
            double end = bands.percent(bands.gapBelow());
            Div gap = block(0, end, "tier-gap");
            gap.getStyle().set("background",
                    "repeating-linear-gradient(45deg, #bbb 0 4px, transparent 4px 8px)");
            bar.add(gap);
            said.add(text.apply("designer.section.tiers.ruler.gap", new Object[] {fmt(bands.gapBelow())}));
        }
        said.forEach(s -> words.add(new Div(s)));
    }

    /** One mark per threshold shared by several tiers, over the band they would all claim. */
    private void overlaps(TierBands bands, List<String> said) {
        List<String> seen = new ArrayList<>();
        for (TierBands.Band b : bands.bands()) {
            String key = b.lower() == null ? "lowest" : b.lower().stripTrailingZeros().toPlainString();
            if (!b.overlaps() || seen.contains(key)) {
                continue;
            }
            seen.add(key);
            String separator = text.apply("designer.section.listSeparator", new Object[0]);
            double start = bands.startPercent(b);
            Div mark = block(start, Math.max(1.5, bands.endPercent(b) - start), "tier-overlap-mark");
            mark.getStyle().set("background",
                    "repeating-linear-gradient(-45deg, rgba(198,40,40,.85) 0 4px, rgba(255,255,255,.4) 4px 8px)");
            bar.add(mark);
            List<String> names = bands.bands().stream().filter(o -> o.overlaps() && same(o, b))
                    .map(o -> text.apply("designer.section.tiers.ruler.name", new Object[] {o.name()})).toList();
            said.add(b.lower() == null
                    ? text.apply("designer.section.tiers.ruler.severalLowest", new Object[] {String.join(separator, names)})
                    : text.apply("designer.section.tiers.ruler.overlap",
                            new Object[] {String.join(separator, names), fmt(b.lower())}));
        }
    }

    private static boolean same(TierBands.Band a, TierBands.Band b) {
        return a.lower() == null ? b.lower() == null : b.lower() != null && a.lower().compareTo(b.lower()) == 0;
    }

    private Div block(double start, double width, String classes) {
        Div d = new Div();
        for (String c : classes.split(" ")) {
            d.addClassName(c);
        }
        d.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0")
                .set("left", start + "%").set("width", width + "%").set("color", "white")
                .set("font-size", "0.8em").set("overflow", "hidden").set("white-space", "nowrap")
                .set("text-align", "center").set("line-height", "2.2em")
                .set("border-right", "1px solid white");
        return d;
    }

    private String range(TierBands.Band b) {
        if (b.lower() == null) {
            return text.apply("designer.section.tiers.ruler.below", new Object[] {fmt(b.upper())});
        }
        return b.upper() == null ? text.apply("designer.section.tiers.ruler.atLeast", new Object[] {fmt(b.lower())})
                : text.apply("designer.section.tiers.ruler.range", new Object[] {fmt(b.lower()), fmt(b.upper())});
    }

    private static String fmt(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
