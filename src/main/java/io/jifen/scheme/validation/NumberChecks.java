package io.jifen.scheme.validation;

import static io.jifen.scoring.model.NumberBound.COUNT;
import static io.jifen.scoring.model.NumberBound.DAYS;
import static io.jifen.scoring.model.NumberBound.ORDINAL;
import static io.jifen.scoring.model.NumberBound.POINTS;
import static io.jifen.scoring.model.NumberBound.TOTAL;
import static io.jifen.scoring.model.NumberBound.WEIGHT;

import io.jifen.scoring.model.NumberBound;
import java.math.BigDecimal;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Every number of a scheme document against its {@link NumberBound}: range, then decimal places (a whole number for
 * counts, days and ordinals). Runs on the JSON tree, not the model, because the model rounds points to two decimals
 * and would hide {@code 12.345}; anything that is not a number is left to the document reader.
 */
final class NumberChecks {

    private final Issues out;

    private NumberChecks(Issues out) {
        this.out = out;
    }

    /** Adds an issue for each number out of bounds, except at a path another check already reported. */
    static void check(JsonNode scheme, Issues out) {
        new NumberChecks(out).scheme(scheme);
    }

    private void scheme(JsonNode s) {
        String p = "$.scheme";
        number(s, "version", ORDINAL, p);
        JsonNode rule = s.get("periodRule");
        number(rule, "totalCap", TOTAL, p + ".periodRule");
        number(rule, "yearStartMonth", NumberBound.MONTH, p + ".periodRule");
        each(s, "memberClasses", p, (c, cp) -> {
            number(c, "baseScore", TOTAL, cp);
            number(c, "order", ORDINAL, cp);
        });
        each(s, "categories", p, (c, cp) -> {
            number(c.get("cap"), "min", TOTAL, cp + ".cap");
            number(c.get("cap"), "max", TOTAL, cp + ".cap");
            number(c, "weight", WEIGHT, cp);
            number(c, "order", ORDINAL, cp);
            number(c, "baseScore", TOTAL, cp);
        });
        each(s, "items", p, this::item);
        each(s, "tierSchemes", p, (t, tp) -> each(t, "tiers", tp, (tier, xp) -> number(tier, "min", TOTAL, xp)));
        each(s, "eligibilityRules", p, (r, rp) -> each(r, "conditions", rp,
                (c, cp) -> number(c, "threshold", TOTAL, cp)));
        each(s, "consequenceRules", p, (r, rp) -> {
            JsonNode trigger = r.get("trigger");
            for (String field : new String[] {"n", "times", "nth"}) {
                number(trigger, field, COUNT, rp + ".trigger");
            }
            number(r.get("followUp"), "days", DAYS, rp + ".followUp");
        });
        JsonNode workflow = s.get("workflow");
        number(workflow, "publicationWindowDays", DAYS, p + ".workflow");
        number(workflow, "objectionAnswerDays", DAYS, p + ".workflow");
    }

    private void item(JsonNode item, String p) {
        JsonNode value = item.get("value");
        String vp = p + ".value";
        number(value, "points", POINTS, vp);
        number(value, "min", POINTS, vp);
        number(value, "max", POINTS, vp);
        each(value, "options", vp, (o, op) -> {
            number(o, "min", POINTS, op);
            number(o, "max", POINTS, op);
        });
        number(item.get("cap"), "maxCount", COUNT, p + ".cap");
        number(item.get("cap"), "maxPoints", TOTAL, p + ".cap");
        number(item.get("windowCap"), "maxCount", COUNT, p + ".windowCap");
        number(item.get("windowCap"), "maxPoints", TOTAL, p + ".windowCap");
        number(item, "order", ORDINAL, p);
    }

    /** The number's exact value; null for a non-number and for ±∞ (1e400 in a tree read with doubles). */
    static BigDecimal exact(JsonNode n) {
        if (!n.isNumber() || n.isFloatingPointNumber() && !n.isBigDecimal() && !Double.isFinite(n.doubleValue())) {
            return null;
        }
        return n.decimalValue();
    }

    private static void each(JsonNode o, String field, String p, BiConsumer<JsonNode, String> check) {
        JsonNode list = o == null || !o.isObject() ? null : o.get(field);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isObject()) {
                check.accept(list.get(i), p + "." + field + "[" + i + "]");
            }
        }
    }

    private void number(JsonNode o, String field, NumberBound bound, String p) {
        JsonNode n = o == null || !o.isObject() ? null : o.get(field);
        if (n == null || !n.isNumber()) {
            return;
        }
        String path = p + "." + field;
        if (out.reported(path)) {
            return; // one message per number: the more specific check (e.g. a negative count cap) said it already
        }
        BigDecimal v = exact(n);
        if (v == null) {
            out.error(path, "bounds.range", bound, bound.min(), bound.max(), n.toString()); // read as double: ±∞
        } else if (!bound.inRange(v)) {
            out.error(path, "bounds.range", bound, bound.min(), bound.max(), v);
        } else if (!bound.hasAllowedDecimals(v)) {
            if (bound.decimals() == 0) {
                out.error(path, "bounds.wholeNumber", bound, v);
            } else {
                out.error(path, "bounds.decimals", bound, bound.decimals(), v);
            }
        }
    }
}
