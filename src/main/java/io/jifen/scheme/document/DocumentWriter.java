package io.jifen.scheme.document;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Model → JSON tree. Field order is the record component order; null optional fields are left out; sets are
 * written sorted (enums by declaration order, strings alphabetically) because the model's sets have no order — this
 * is what makes export → import → export byte-identical.
 */
final class DocumentWriter {

    private DocumentWriter() {
    }

    static ObjectNode document(ObjectNode empty, SchemeDocument doc) {
        empty.put("format", SchemeDocuments.FORMAT);
        empty.put("formatVersion", SchemeDocuments.FORMAT_VERSION);
        if (!doc.info().isEmpty()) {
            ObjectNode info = empty.putObject("info");
            putOpt(info, "organization", doc.info().organization());
            putOpt(info, "seed", doc.info().seed());
            putOpt(info, "description", doc.info().description());
        }
        scheme(empty.putObject("scheme"), doc.scheme());
        return empty;
    }

    private static void scheme(ObjectNode o, SchemeVersion s) {
        o.put("id", s.id());
        putOpt(o, "schemeId", s.schemeId());
        putOpt(o, "name", s.name());
        o.put("version", s.version());
        putOpt(o, "parentVersionId", s.parentVersionId());
        putOpt(o, "effectiveFrom", s.effectiveFrom() == null ? null : s.effectiveFrom().toString());
        if (s.periodRule() != null) {
            periodRule(o.putObject("periodRule"), s.periodRule());
        }
        ArrayNode classes = o.putArray("memberClasses");
        s.memberClasses().forEach(c -> memberClass(classes.addObject(), c));
        ArrayNode cats = o.putArray("categories");
        s.categories().forEach(c -> category(cats.addObject(), c));
        ArrayNode items = o.putArray("items");
        s.items().forEach(i -> item(items.addObject(), i));
        ArrayNode tiers = o.putArray("tierSchemes");
        s.tierSchemes().forEach(t -> tierScheme(tiers.addObject(), t));
        ArrayNode elig = o.putArray("eligibilityRules");
        s.eligibilityRules().forEach(e -> eligibility(elig.addObject(), e));
        ArrayNode cons = o.putArray("consequenceRules");
        s.consequenceRules().forEach(c -> consequence(cons.addObject(), c));
        workflow(o.putObject("workflow"), s.workflow());
        enums(o, "unlockedParts", s.unlockedParts());
        ArrayNode removed = o.putArray("removedIds");
        s.removedIds().forEach(removed::add);
        if (!s.ranking().isDefault()) {
            ranking(o.putObject("ranking"), s.ranking());
        }
    }

    /** Rule 6; left out when everybody ranks together on the total, so older documents stay byte-identical. */
    private static void ranking(ObjectNode o, RankingRule r) {
        putOpt(o, "basisCategoryId", r.basisCategoryId());
        if (!r.statusGroups().isEmpty()) {
            ArrayNode groups = o.putArray("statusGroups");
            r.statusGroups().forEach(g -> {
                ArrayNode a = groups.addArray();
                g.stream().sorted(Comparator.comparingInt(Enum::ordinal)).forEach(e -> a.add(e.name()));
            });
        }
    }

    private static void periodRule(ObjectNode o, PeriodRule r) {
        o.put("assessedUnit", r.assessedUnit().name());
        o.put("reset", r.reset());
        o.put("rollUp", r.rollUp().name());
        putOpt(o, "totalCap", r.totalCap());
        o.put("overflowAsReward", r.overflowAsReward());
        o.put("partialPeriods", r.partialPeriods().name());
        // rule 2's fields only when used: a calendar year without interim level is written as before
        if (r.yearStartMonth() != 1) {
            o.put("yearStartMonth", r.yearStartMonth());
        }
        if (r.interimUnit() != null) {
            o.put("interimUnit", r.interimUnit().name());
            o.put("interimRollUp", r.interimRollUp().name());
        }
    }

    private static void memberClass(ObjectNode o, MemberClass c) {
        o.put("id", c.id());
        putOpt(o, "name", c.name());
        o.put("baseScore", number(c.baseScore()));
        o.put("exemption", c.exemption().name());
        o.put("order", c.order());
    }

    private static void category(ObjectNode o, Category c) {
        o.put("id", c.id());
        putOpt(o, "parentId", c.parentId());
        putOpt(o, "name", c.name());
        o.put("kind", c.kind().name());
        o.put("sign", c.sign().name());
        cap(o.putObject("cap"), c.cap());
        o.put("weight", number(c.weight()));
        o.put("openForExtension", c.openForExtension());
        o.put("locked", c.locked());
        o.put("order", c.order());
        putOpt(o, "baseScore", c.baseScore());
        if (c.rhythm() != null) {
            o.put("rhythm", c.rhythm().name());
        }
    }

    private static void cap(ObjectNode o, Cap c) {
        putOpt(o, "min", c.min());
        putOpt(o, "max", c.max());
    }

    private static void item(ObjectNode o, Item i) {
        o.put("id", i.id());
        o.put("categoryId", i.categoryId());
        putOpt(o, "name", i.name());
        value(o.putObject("value"), i.value());
        occurrenceCap(o.putObject("cap"), i.cap());
        enums(o, "recordedBy", i.recordedBy());
        o.put("evidenceRequired", i.evidenceRequired());
        ArrayNode steps = o.putArray("reviewStepIds");
        i.reviewStepIds().forEach(steps::add);
        strings(o, "memberClassIds", i.memberClassIds());
        enums(o, "statuses", i.statuses());
        o.put("veto", i.veto());
        o.put("locked", i.locked());
        o.put("order", i.order());
        if (i.windowCap() != null) {
            ObjectNode w = o.putObject("windowCap");
            w.put("window", i.windowCap().window().name());
            if (i.windowCap().maxCount() != null) {
                w.put("maxCount", i.windowCap().maxCount().intValue());
            }
            putOpt(w, "maxPoints", i.windowCap().maxPoints());
        }
    }

    private static void occurrenceCap(ObjectNode o, OccurrenceCap c) {
        if (c.maxCount() != null) {
            o.put("maxCount", c.maxCount().intValue());
        }
        putOpt(o, "maxPoints", c.maxPoints());
    }

    private static void value(ObjectNode o, ValueRule v) {
        o.put("type", v.getClass().getSimpleName());
        switch (v) {
            case ValueRule.Fixed f -> o.put("points", number(f.points()));
            case ValueRule.ByOption b -> {
                ArrayNode options = o.putArray("options");
                b.options().forEach(opt -> option(options.addObject(), opt));
            }
            case ValueRule.ReviewerRange r -> {
                o.put("min", number(r.min()));
                o.put("max", number(r.max()));
            }
        }
    }

    private static void option(ObjectNode o, ValueOption v) {
        o.put("code", v.code());
        putOpt(o, "label", v.label());
        o.put("min", number(v.min()));
        o.put("max", number(v.max()));
    }

    private static void tierScheme(ObjectNode o, TierScheme t) {
        o.put("id", t.id());
        putOpt(o, "name", t.name());
        enums(o, "levels", t.levels());
        ArrayNode tiers = o.putArray("tiers");
        for (Tier tier : t.tiers()) {
            ObjectNode n = tiers.addObject();
            n.put("id", tier.id());
            putOpt(n, "name", tier.name());
            putOpt(n, "min", tier.min());
        }
    }

    private static void eligibility(ObjectNode o, EligibilityRule r) {
        o.put("id", r.id());
        putOpt(o, "name", r.name());
        ArrayNode conditions = o.putArray("conditions");
        r.conditions().forEach(c -> condition(conditions.addObject(), c));
        if (!r.statuses().isEmpty()) {
            enums(o, "statuses", r.statuses());
        }
    }

    private static void condition(ObjectNode o, EligibilityCondition c) {
        o.put("type", c.getClass().getSimpleName());
        switch (c) {
            case EligibilityCondition.EveryPeriodAtLeast e -> tierRef(o, e.tierSchemeId(), e.tierId());
            case EligibilityCondition.YearAtLeast y -> tierRef(o, y.tierSchemeId(), y.tierId());
            case EligibilityCondition.YearTotalAbove y -> {
                o.put("threshold", number(y.threshold()));
                o.put("inclusive", y.inclusive());
            }
            case EligibilityCondition.NoVeto n -> {
            }
        }
    }

    private static void consequence(ObjectNode o, ConsequenceRule r) {
        o.put("id", r.id());
        putOpt(o, "name", r.name());
        o.put("level", r.level().name());
        trigger(o.putObject("trigger"), r.trigger());
        enums(o, "statuses", r.statuses());
        FollowUp f = r.followUp();
        ObjectNode fo = o.putObject("followUp");
        fo.put("action", f.action());
        putOpt(fo, "performer", f.performer());
        putOpt(fo, "description", f.description());
        fo.put("due", f.due().name());
        if (f.days() != null) {
            fo.put("days", f.days().intValue());
        }
    }

    private static void trigger(ObjectNode o, ConsequenceTrigger t) {
        o.put("type", t.getClass().getSimpleName());
        switch (t) {
            case ConsequenceTrigger.BottomN b -> {
                o.put("n", b.n());
                o.put("scope", b.scope().name());
            }
            case ConsequenceTrigger.TopN b -> {
                o.put("n", b.n());
                o.put("scope", b.scope().name());
            }
            case ConsequenceTrigger.AtOrBelowTier a -> tierRef(o, a.tierSchemeId(), a.tierId());
            case ConsequenceTrigger.ConsecutiveAtOrBelow c -> {
                tierRef(o, c.tierSchemeId(), c.tierId());
                o.put("times", c.times());
            }
            case ConsequenceTrigger.NthTimeAtOrBelow n -> {
                tierRef(o, n.tierSchemeId(), n.tierId());
                o.put("nth", n.nth());
            }
        }
    }

    private static void tierRef(ObjectNode o, String tierSchemeId, String tierId) {
        o.put("tierSchemeId", tierSchemeId);
        o.put("tierId", tierId);
    }

    private static void workflow(ObjectNode o, Workflow w) {
        ArrayNode steps = o.putArray("steps");
        for (Workflow.ReviewStep s : w.steps()) {
            ObjectNode n = steps.addObject();
            n.put("id", s.id());
            putOpt(n, "name", s.name());
            putOpt(n, "performerRole", s.performerRole());
        }
        o.put("publicationWindowDays", w.publicationWindowDays());
        o.put("objectionAnswerDays", w.objectionAnswerDays());
    }

    private static <E extends Enum<E>> void enums(ObjectNode o, String field, Collection<E> values) {
        ArrayNode a = o.putArray(field);
        values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).forEach(e -> a.add(e.name()));
    }

    private static void strings(ObjectNode o, String field, Collection<String> values) {
        ArrayNode a = o.putArray(field);
        values.stream().sorted().forEach(a::add);
    }

    private static void putOpt(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putOpt(ObjectNode o, String field, BigDecimal value) {
        if (value != null) {
            o.put(field, number(value));
        }
    }

    /** Shortest plain form: 80.00 → 80, 0.50 → 0.5 (never an exponent; the model rescales on read). */
    static BigDecimal number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
