package io.jifen.overview.ui;

import io.jifen.overview.BranchAverage;
import io.jifen.overview.MonthParticipation;
import io.jifen.overview.TierCount;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options of the three overview charts; every word comes from the bundles through {@link Words}. */
final class ChartOptions {

    /** A translation lookup, as {@code Component.getTranslation}. */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... args);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Words words;

    ChartOptions(Words words) {
        this.words = words;
    }

    /** Share of members with an entry (line, left axis, percent) and confirmed entries (bars, right axis). */
    ObjectNode participation(List<MonthParticipation> months) {
        ObjectNode o = base("overview.chart.participation");
        ArrayNode labels = o.putObject("xAxis").put("type", "category").putArray("data");
        // as strings: a number argument would be formatted with grouping ("2,026")
        months.forEach(m -> labels.add(words.get("overview.chart.month", String.valueOf(m.month().getYear()),
                String.valueOf(m.month().getMonthValue()))));
        ArrayNode axes = o.putArray("yAxis");
        axes.addObject().put("type", "value").put("name", words.get("overview.chart.participation.rate"))
                .put("min", 0).put("max", 100);
        axes.addObject().put("type", "value").put("name", words.get("overview.chart.participation.entries"))
                .put("minInterval", 1); // counts: no ticks between whole numbers
        ArrayNode series = o.putArray("series");
        ArrayNode rates = series(series, "line", "overview.chart.participation.rate", 0);
        ArrayNode entries = series(series, "bar", "overview.chart.participation.entries", 1);
        for (MonthParticipation m : months) {
            rates.add(m.ratePercent());
            entries.add(m.entries());
        }
        return o;
    }

    /** Members per tier as a pie, best tier first; results without a tier under their own word. */
    ObjectNode tiers(List<TierCount> tiers) {
        ObjectNode o = base("overview.chart.tiers");
        o.putObject("tooltip").put("trigger", "item");
        ObjectNode pie = o.putArray("series").addObject().put("type", "pie")
                .put("name", words.get("overview.chart.tiers.members"));
        pie.putArray("radius").add("35%").add("65%");
        ArrayNode data = pie.putArray("data");
        tiers.forEach(t -> data.addObject().put("value", t.members())
                .put("name", t.tierId() == null ? words.get("overview.tier.none") : t.tierName()));
        return o;
    }

    /** Average total per child unit (bars, left axis) and the members with results (bars, right axis). */
    ObjectNode branches(List<BranchAverage> branches) {
        ObjectNode o = base("overview.chart.branches");
        ArrayNode labels = o.putObject("xAxis").put("type", "category").putArray("data");
        branches.forEach(b -> labels.add(b.name()));
        o.withObject("/xAxis").putObject("axisLabel").put("interval", 0).put("rotate", branches.size() > 6 ? 30 : 0);
        ArrayNode axes = o.putArray("yAxis");
        axes.addObject().put("type", "value").put("name", words.get("overview.chart.branches.average"));
        axes.addObject().put("type", "value").put("name", words.get("overview.chart.branches.members"))
                .put("minInterval", 1);
        ArrayNode series = o.putArray("series");
        ArrayNode averages = series(series, "bar", "overview.chart.branches.average", 0);
        ArrayNode members = series(series, "bar", "overview.chart.branches.members", 1);
        for (BranchAverage b : branches) {
            if (b.average() == null) {
                averages.addNull();
            } else {
                averages.add(b.average());
            }
            members.add(b.members());
        }
        return o;
    }

    /** Title, tooltip and legend every chart has; {@code key} names the title. */
    private ObjectNode base(String key) {
        ObjectNode o = NODES.objectNode();
        o.putObject("title").put("text", words.get(key)).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("bottom", 0);
        o.putObject("grid").put("left", 48).put("right", 56).put("bottom", 56).put("containLabel", true);
        return o;
    }

    private ArrayNode series(ArrayNode all, String type, String nameKey, int axis) {
        return all.addObject().put("type", type).put("name", words.get(nameKey)).put("yAxisIndex", axis)
                .putArray("data");
    }
}
