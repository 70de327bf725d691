package io.jifen.scheme.diff;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A second version of S10 (管道公司) as an admin would make it: the reward cap raised, a study item worth more and
 * capped, an item added, one removed, one renamed, an option's value changed, the 优秀 threshold raised — and the
 * changes a reader should see, in Chinese and in English.
 */
public final class S10Changes {

    public static final String TEMPLATE = "s10-guandao-gongsi";
    /** The effective date of the first version {@link #published} publishes. */
    public static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 1);

    public static final List<String> CHINESE = List.of(
            "类别「奖励积分」上限 10 → 12",
            "删除指标「志愿服务」（类别「服务群众」）",
            "指标「参加“三会一课”」分值：每次 3 分 → 每次 4 分",
            "指标「参加“三会一课”」上限：不限次数和分值 → 每期最多 12 次",
            "指标「弘扬正气」更名为「弘扬正气、见义勇为」",
            "指标「撰写党建调研文章」的选项：在外部杂志发表 5 分 → 在外部杂志发表 6 分",
            "新增指标「读书笔记」（类别「学习教育」，每次 1 分）",
            "等次方案「评定格次」中「优秀」的分数线：90 分及以上 → 92 分及以上");

    public static final List<String> ENGLISH = List.of(
            "Category \"奖励积分\" cap 10 → 12",
            "Item \"志愿服务\" removed (category \"服务群众\")",
            "Item \"参加“三会一课”\", value: 3 points each time → 4 points each time",
            "Item \"参加“三会一课”\", cap: no limit → at most 12 times per period",
            "Item \"弘扬正气\" renamed to \"弘扬正气、见义勇为\"",
            "Item \"撰写党建调研文章\", option: 在外部杂志发表 5 points → 在外部杂志发表 6 points",
            "New item \"读书笔记\" (category \"学习教育\", 1 points each time)",
            "Tier scale \"评定格次\", threshold of \"优秀\": 90 points or more → 92 points or more");

    private S10Changes() {
    }

    public static SchemeVersion before() {
        return SchemeTemplates.load(TEMPLATE).scheme();
    }

    public static SchemeVersion after() {
        SchemeVersion v = before();
        List<Category> categories = v.categories().stream()
                .map(c -> c.id().equals("REWARD") ? c.withCap(Cap.max("12")) : c).toList();
        List<Item> items = new ArrayList<>();
        for (Item i : v.items()) {
            switch (i.id()) {
                case "SERVE-VOLUNTEER" -> { }
                case "STUDY-MEETING" -> items.add(withValue(i, ValueRule.fixed("4")).withCap(OccurrenceCap.count(12)));
                case "RIGHT-UPHELD" -> items.add(renamed(i, "弘扬正气、见义勇为"));
                case "REWARD-ARTICLE" -> items.add(withValue(i, new ValueRule.ByOption(
                        ((ValueRule.ByOption) i.value()).options().stream().map(o -> o.code().equals("EXTERNAL")
                                ? ValueOption.fixed(o.code(), o.label(), "6") : o).toList())));
                default -> items.add(i);
            }
        }
        items.add(Item.fixed("STUDY-NOTES", "STUDY", "读书笔记", "1"));
        List<TierScheme> tiers = v.tierSchemes().stream().map(t -> new TierScheme(t.id(), t.name(), t.levels(),
                t.tiers().stream().map(x -> x.id().equals("EXCELLENT") ? Tier.atLeast(x.id(), x.name(), "92") : x)
                        .toList())).toList();
        return new SchemeVersion(v.id(), v.schemeId(), v.name(), v.version(), v.parentVersionId(), v.effectiveFrom(),
                v.periodRule(), v.memberClasses(), categories, items, tiers, v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }

    /**
     * A new scheme created from the S10 template at {@code organizationId} whose first version is validated and
     * published from 2026-01-01, as the admin would do it.
     */
    public static Scheme published(SchemeService service, JifenUser admin, long organizationId, String codePrefix) {
        Scheme scheme = service.create(admin, organizationId,
                codePrefix + Long.toString(System.nanoTime(), 36).toUpperCase(), "管道公司方案", null,
                SchemeTemplates.json(TEMPLATE));
        long v1 = service.versions(admin, scheme.getId()).getFirst().getId();
        service.validate(admin, v1);
        service.publish(admin, v1, PUBLISHED);
        return scheme;
    }

    /** The changed version as a document, as the designer would save it into a new draft (no date proposed). */
    public static String afterDocument() {
        SchemeVersion v = after();
        return SchemeDocuments.write(new SchemeDocument(SchemeTemplates.load(TEMPLATE).info(), new SchemeVersion(
                v.id(), v.schemeId(), v.name(), v.version(), v.parentVersionId(), null, v.periodRule(),
                v.memberClasses(), v.categories(), v.items(), v.tierSchemes(), v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking())));
    }

    private static Item withValue(Item i, ValueRule value) {
        return new Item(i.id(), i.categoryId(), i.name(), value, i.cap(), i.recordedBy(), i.evidenceRequired(),
                i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(), i.locked(), i.order(), i.windowCap());
    }

    private static Item renamed(Item i, String name) {
        return new Item(i.id(), i.categoryId(), name, i.value(), i.cap(), i.recordedBy(), i.evidenceRequired(),
                i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(), i.locked(), i.order(), i.windowCap());
    }
}
