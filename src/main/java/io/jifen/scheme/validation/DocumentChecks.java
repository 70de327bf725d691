package io.jifen.scheme.validation;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * The checks the model's constructors would enforce by throwing, run on a scheme document's JSON tree
 * ({@code {"format":"jifen-scheme","formatVersion":1,"scheme":{...}}}) so that a form or an import gets
 * <em>every</em> such problem with its path, not the first exception: category caps with min &gt; max, negative
 * weights, negative count / points caps, reviewer ranges and options with min &gt; max, option lists without options,
 * tiers not listed best-first, duplicate thresholds, a missing or a second lowest tier. Same keys as
 * {@link SchemeValidator}. Then every number against its {@link io.jifen.scoring.model.NumberBound} (range and
 * decimal places, {@link NumberChecks}). Anything missing or mistyped is left to the document reader.
 */
public final class DocumentChecks {

    private DocumentChecks() {
    }

    /** A count or points cap of an item is a magnitude: never negative. */
    private static void itemCap(JsonNode cap, String p, Issues out) {
        BigDecimal count = number(cap, "maxCount");
        if (count != null && count.signum() < 0) {
            out.error(p + ".maxCount", "cap.countNotPositive", count);
        }
        BigDecimal points = number(cap, "maxPoints");
        if (points != null && points.signum() < 0) {
            out.error(p + ".maxPoints", "cap.pointsNotPositive", points);
        }
    }

    public static ValidationReport check(JsonNode document) {
        Issues out = new Issues();
        JsonNode scheme = document == null ? null : document.get("scheme");
        if (scheme == null || !scheme.isObject()) {
            return out.report();
        }
        JsonNode categories = array(scheme, "categories");
        for (int i = 0; categories != null && i < categories.size(); i++) {
            JsonNode c = categories.get(i);
            String p = Issues.at("categories", i);
            JsonNode cap = c.get("cap");
            BigDecimal min = number(cap, "min");
            BigDecimal max = number(cap, "max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                out.error(p + ".cap.min", "cap.minAboveMax", min, max);
            }
            BigDecimal weight = number(c, "weight");
            if (weight != null && weight.signum() < 0) {
                out.error(p + ".weight", "category.weightOutOfRange", weight);
            }
        }
        JsonNode items = array(scheme, "items");
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonNode item = items.get(i);
            String p = Issues.at("items", i);
            itemCap(item.get("cap"), p + ".cap", out);
            itemCap(item.get("windowCap"), p + ".windowCap", out); // rule 1: the same limits over a longer window
            value(item.get("value"), p + ".value", out);
        }
        JsonNode tierSchemes = array(scheme, "tierSchemes");
        for (int t = 0; tierSchemes != null && t < tierSchemes.size(); t++) {
            tiers(tierSchemes.get(t), Issues.at("tierSchemes", t), out);
        }
        NumberChecks.check(scheme, out);
        return out.report();
    }

    private static void value(JsonNode v, String p, Issues out) {
        if (v == null || !v.isObject() || v.get("type") == null) {
            return;
        }
        String type = v.get("type").asString();
        if ("ReviewerRange".equals(type)) {
            BigDecimal min = number(v, "min");
            BigDecimal max = number(v, "max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                out.error(p + ".min", "value.rangeMinAboveMax", min, max);
            }
        } else if ("ByOption".equals(type)) {
            JsonNode options = array(v, "options");
            if (options == null || options.isEmpty()) {
                out.error(p + ".options", "option.none");
                return;
            }
            for (int k = 0; k < options.size(); k++) {
                JsonNode o = options.get(k);
                BigDecimal min = number(o, "min");
                BigDecimal max = number(o, "max");
                if (min != null && max != null && min.compareTo(max) > 0) {
                    JsonNode code = o.get("code");
                    out.error(p + ".options[" + k + "].min", "option.minAboveMax",
                            code == null ? null : code.asString(), min, max);
                }
            }
        }
    }

    /** Tiers must be written best-first with strictly falling thresholds and exactly one lowest tier (no min) last. */
    private static void tiers(JsonNode ts, String p, Issues out) {
        JsonNode tiers = array(ts, "tiers");
        if (tiers == null) {
            return;
        }
        if (tiers.isEmpty()) {
            out.error(p + ".tiers", "tier.none");
            return;
        }
        int lowest = 0;
        BigDecimal previous = null;
        String previousName = null;
        boolean afterLowest = false;
        for (int k = 0; k < tiers.size(); k++) {
            JsonNode tier = tiers.get(k);
            String tp = p + ".tiers[" + k + "]";
            BigDecimal min = number(tier, "min");
            String name = tier.get("name") == null ? null : tier.get("name").asString();
            if (min == null) {
                lowest++;
                if (lowest > 1) {
                    out.error(tp + ".min", "tier.severalLowest", name);
                }
                afterLowest = true;
            } else if (afterLowest) {
                out.error(tp + ".min", "tier.unordered", name, min);
            } else if (previous != null && min.compareTo(previous) == 0) {
                out.error(tp + ".min", "tier.overlap", name, previousName, min);
            } else if (previous != null && min.compareTo(previous) > 0) {
                out.error(tp + ".min", "tier.unordered", name, min);
            }
            if (min != null) {
                previous = previous == null ? min : previous.max(min);
                previousName = name;
            }
        }
        if (lowest == 0) {
            out.error(p + ".tiers", "tier.noLowest");
        }
    }

    private static JsonNode array(JsonNode o, String field) {
        JsonNode a = o == null ? null : o.get(field);
        return a != null && a.isArray() ? a : null;
    }

    private static BigDecimal number(JsonNode o, String field) {
        JsonNode n = o == null || !o.isObject() ? null : o.get(field);
        return n == null ? null : NumberChecks.exact(n); // ±∞ of a tree read with doubles: NumberChecks reports it
    }
}
