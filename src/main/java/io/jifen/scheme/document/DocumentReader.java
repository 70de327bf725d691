package io.jifen.scheme.document;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import io.jifen.scoring.model.Workflow;

import java.util.function.Supplier;

/**
 * JSON tree → model, the mirror of {@link DocumentWriter}. Every failure, including a model constructor refusing a
 * value (cap min > max, a tier scheme without lowest tier), becomes a {@link SchemeDocumentException} with the JSON
 * path of the object concerned.
 */
final class DocumentReader {

    private DocumentReader() {
    }

    static SchemeDocument document(JsonIn root) {
        root.only("format", "formatVersion", "info", "scheme");
        String format = root.str("format");
        if (!SchemeDocuments.FORMAT.equals(format)) {
            throw new SchemeDocumentException(root.path("format"), "expected \"" + SchemeDocuments.FORMAT
                    + "\", got \"" + format + "\"");
        }
        int version = root.integer("formatVersion");
        if (version != SchemeDocuments.FORMAT_VERSION) {
            throw new SchemeDocumentException(root.path("formatVersion"), "unsupported formatVersion " + version
                    + " (this build reads " + SchemeDocuments.FORMAT_VERSION + ")");
        }
        JsonIn i = root.optObj("info");
        DocumentInfo info = i == null ? DocumentInfo.NONE
                : new DocumentInfo(i.only("organization", "seed", "description").optStr("organization"),
                        i.optStr("seed"), i.optStr("description"));
        return new SchemeDocument(info, scheme(root.obj("scheme")));
    }

    private static SchemeVersion scheme(JsonIn o) {
        o.only("id", "schemeId", "name", "version", "parentVersionId", "effectiveFrom", "periodRule",
                "memberClasses", "categories", "items", "tierSchemes", "eligibilityRules", "consequenceRules",
                "workflow", "unlockedParts", "removedIds", "ranking");
        JsonIn rk = o.optObj("ranking");
        RankingRule ranking = rk == null ? null : ranking(rk);
        JsonIn pr = o.optObj("periodRule");
        PeriodRule periodRule = pr == null ? null : periodRule(pr);
        if (periodRule == null && !o.has("parentVersionId")) {
            throw new SchemeDocumentException(o.path("periodRule"),
                    "required field 'periodRule' is missing (only an extension, with parentVersionId, may omit it)");
        }
        return build(o, () -> new SchemeVersion(o.str("id"), o.optStr("schemeId"), o.optStr("name"),
                o.integer("version"), o.optStr("parentVersionId"), o.optDate("effectiveFrom"), periodRule,
                o.objects("memberClasses", DocumentReader::memberClass),
                o.objects("categories", DocumentReader::category), o.objects("items", DocumentReader::item),
                o.objects("tierSchemes", DocumentReader::tierScheme),
                o.objects("eligibilityRules", DocumentReader::eligibility),
                o.objects("consequenceRules", DocumentReader::consequence), workflow(o.obj("workflow")),
                o.enums("unlockedParts", SchemePart.class), o.strings("removedIds"), ranking));
    }

    private static RankingRule ranking(JsonIn o) {
        o.only("basisCategoryId", "statusGroups");
        return build(o, () -> new RankingRule(o.optStr("basisCategoryId"),
                o.has("statusGroups") ? o.enumGroups("statusGroups", MemberStatus.class) : null));
    }

    private static PeriodRule periodRule(JsonIn o) {
        o.only("assessedUnit", "reset", "rollUp", "totalCap", "overflowAsReward", "partialPeriods",
                "yearStartMonth", "interimUnit", "interimRollUp");
        return build(o, () -> new PeriodRule(o.enumValue("assessedUnit", PeriodUnit.class), o.bool("reset"),
                o.enumValue("rollUp", RollUp.class), o.optDecimal("totalCap"), o.bool("overflowAsReward"),
                o.enumValue("partialPeriods", PartialPeriodPolicy.class), optMonth(o),
                o.optEnum("interimUnit", PeriodUnit.class), o.optEnum("interimRollUp", RollUp.class)));
    }

    /** Absent means January (a calendar year); 0 would silently mean the same, so it is refused. */
    private static int optMonth(JsonIn o) {
        Integer month = o.optInteger("yearStartMonth");
        if (month != null && (month < 1 || month > 12)) {
            throw new SchemeDocumentException(o.path("yearStartMonth"), "expected a month 1–12, got " + month);
        }
        return month == null ? 1 : month;
    }

    private static MemberClass memberClass(JsonIn o) {
        o.only("id", "name", "baseScore", "exemption", "order");
        return build(o, () -> new MemberClass(o.str("id"), o.optStr("name"), o.decimal("baseScore"),
                o.enumValue("exemption", ExemptionRule.class), o.integer("order")));
    }

    private static Category category(JsonIn o) {
        o.only("id", "parentId", "name", "kind", "sign", "cap", "weight", "openForExtension", "locked", "order",
                "baseScore", "rhythm");
        return build(o, () -> new Category(o.str("id"), o.optStr("parentId"), o.optStr("name"),
                o.enumValue("kind", CategoryKind.class), o.enumValue("sign", Sign.class), cap(o.obj("cap")),
                o.decimal("weight"), o.bool("openForExtension"), o.bool("locked"), o.integer("order"),
                o.optDecimal("baseScore"), o.optEnum("rhythm", PeriodUnit.class)));
    }

    private static Cap cap(JsonIn o) {
        o.only("min", "max");
        return build(o, () -> new Cap(o.optDecimal("min"), o.optDecimal("max")));
    }

    private static Item item(JsonIn o) {
        o.only("id", "categoryId", "name", "value", "cap", "recordedBy", "evidenceRequired", "reviewStepIds",
                "memberClassIds", "statuses", "veto", "locked", "order", "windowCap");
        JsonIn w = o.optObj("windowCap");
        WindowCap windowCap = w == null ? null : windowCap(w);
        return build(o, () -> new Item(o.str("id"), o.str("categoryId"), o.optStr("name"), value(o.obj("value")),
                occurrenceCap(o.obj("cap")), o.enums("recordedBy", Recorder.class), o.bool("evidenceRequired"),
                o.strings("reviewStepIds"), java.util.Set.copyOf(o.strings("memberClassIds")),
                o.enums("statuses", MemberStatus.class), o.bool("veto"), o.bool("locked"), o.integer("order"),
                windowCap));
    }

    private static WindowCap windowCap(JsonIn o) {
        o.only("window", "maxCount", "maxPoints");
        return build(o, () -> new WindowCap(o.enumValue("window", PeriodUnit.class), o.optInteger("maxCount"),
                o.optDecimal("maxPoints")));
    }

    private static OccurrenceCap occurrenceCap(JsonIn o) {
        o.only("maxCount", "maxPoints");
        return build(o, () -> new OccurrenceCap(o.optInteger("maxCount"), o.optDecimal("maxPoints")));
    }

    private static ValueRule value(JsonIn o) {
        String type = o.str("type");
        return build(o, () -> switch (type) {
            case "Fixed" -> new ValueRule.Fixed(o.only("type", "points").decimal("points"));
            case "ByOption" -> new ValueRule.ByOption(o.only("type", "options").objects("options",
                    DocumentReader::option));
            case "ReviewerRange" -> new ValueRule.ReviewerRange(o.only("type", "min", "max").decimal("min"),
                    o.decimal("max"));
            default -> throw unknownType(o, type, "Fixed, ByOption, ReviewerRange");
        });
    }

    private static ValueOption option(JsonIn o) {
        o.only("code", "label", "min", "max");
        return build(o, () -> new ValueOption(o.str("code"), o.optStr("label"), o.decimal("min"), o.decimal("max")));
    }

    private static TierScheme tierScheme(JsonIn o) {
        o.only("id", "name", "levels", "tiers");
        return build(o, () -> new TierScheme(o.str("id"), o.optStr("name"), o.enums("levels", Level.class),
                o.objects("tiers", t -> build(t.only("id", "name", "min"),
                        () -> new Tier(t.str("id"), t.optStr("name"), t.optDecimal("min"))))));
    }

    private static EligibilityRule eligibility(JsonIn o) {
        o.only("id", "name", "conditions", "statuses");
        return build(o, () -> new EligibilityRule(o.str("id"), o.optStr("name"),
                o.objects("conditions", DocumentReader::condition),
                o.has("statuses") ? o.enums("statuses", MemberStatus.class) : null));
    }

    private static EligibilityCondition condition(JsonIn o) {
        String type = o.str("type");
        return build(o, () -> switch (type) {
            case "EveryPeriodAtLeast" -> new EligibilityCondition.EveryPeriodAtLeast(
                    o.only("type", "tierSchemeId", "tierId").str("tierSchemeId"), o.str("tierId"));
            case "YearAtLeast" -> new EligibilityCondition.YearAtLeast(
                    o.only("type", "tierSchemeId", "tierId").str("tierSchemeId"), o.str("tierId"));
            case "YearTotalAbove" -> new EligibilityCondition.YearTotalAbove(
                    o.only("type", "threshold", "inclusive").decimal("threshold"), o.bool("inclusive"));
            case "NoVeto" -> {
                o.only("type");
                yield new EligibilityCondition.NoVeto();
            }
            default -> throw unknownType(o, type, "EveryPeriodAtLeast, YearAtLeast, YearTotalAbove, NoVeto");
        });
    }

    private static ConsequenceRule consequence(JsonIn o) {
        o.only("id", "name", "level", "trigger", "statuses", "followUp");
        return build(o, () -> new ConsequenceRule(o.str("id"), o.optStr("name"), o.enumValue("level", Level.class),
                trigger(o.obj("trigger")), o.enums("statuses", MemberStatus.class), followUp(o.obj("followUp"))));
    }

    private static ConsequenceTrigger trigger(JsonIn o) {
        String type = o.str("type");
        return build(o, () -> switch (type) {
            case "BottomN" -> new ConsequenceTrigger.BottomN(o.only("type", "n", "scope").integer("n"),
                    o.enumValue("scope", ConsequenceTrigger.RankScope.class));
            case "TopN" -> new ConsequenceTrigger.TopN(o.only("type", "n", "scope").integer("n"),
                    o.enumValue("scope", ConsequenceTrigger.RankScope.class));
            case "AtOrBelowTier" -> new ConsequenceTrigger.AtOrBelowTier(
                    o.only("type", "tierSchemeId", "tierId").str("tierSchemeId"), o.str("tierId"));
            case "ConsecutiveAtOrBelow" -> new ConsequenceTrigger.ConsecutiveAtOrBelow(
                    o.only("type", "tierSchemeId", "tierId", "times").str("tierSchemeId"), o.str("tierId"),
                    o.integer("times"));
            case "NthTimeAtOrBelow" -> new ConsequenceTrigger.NthTimeAtOrBelow(
                    o.only("type", "tierSchemeId", "tierId", "nth").str("tierSchemeId"), o.str("tierId"),
                    o.integer("nth"));
            default -> throw unknownType(o, type,
                    "BottomN, TopN, AtOrBelowTier, ConsecutiveAtOrBelow, NthTimeAtOrBelow");
        });
    }

    private static FollowUp followUp(JsonIn o) {
        o.only("action", "performer", "description", "due", "days");
        return build(o, () -> new FollowUp(o.str("action"), o.optStr("performer"), o.optStr("description"),
                o.enumValue("due", FollowUp.Due.class), o.optInteger("days")));
    }

    private static Workflow workflow(JsonIn o) {
        o.only("steps", "publicationWindowDays", "objectionAnswerDays");
        return build(o, () -> new Workflow(o.objects("steps", s -> build(s.only("id", "name", "performerRole"),
                () -> new Workflow.ReviewStep(s.str("id"), s.optStr("name"), s.optStr("performerRole")))),
                o.integer("publicationWindowDays"), o.integer("objectionAnswerDays")));
    }

    private static SchemeDocumentException unknownType(JsonIn o, String type, String expected) {
        return new SchemeDocumentException(o.path("type"), "unknown type '" + type + "' (expected one of "
                + expected + ")");
    }

    /** Runs a model constructor; what it refuses is reported at the path of the object being built. */
    private static <T> T build(JsonIn o, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (SchemeDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SchemeDocumentException(o.path(), "invalid: " + e.getMessage(), e);
        }
    }
}
