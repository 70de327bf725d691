package io.jifen.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a 积分方案, the whole rule set the engine needs. Flat lists with string ids, so that a form edits one
 * row at a time and a JSON document maps 1:1.
 *
 * <p>A version with a {@code parentVersionId} is an <em>extension</em> (a branch's own part, S9 个性积分): its
 * categories and items are additions or overrides of the parent's, {@code removedIds} lists parent items /
 * categories it drops (S7 "扣分事项减少2项"), and a null period rule / empty list means "as the parent". Use
 * {@code io.jifen.scoring.inherit.SchemeResolver} to obtain the effective scheme; the engine only takes effective ones.
 *
 * @param unlockedParts scheme-wide parts a child of this version may replace
 * @param ranking       what ranks are based on and who is ranked together (rule 6); {@link RankingRule#TOTAL} when
 *                      not given. An extension without its own ranks as its parent; its own needs the parent to
 *                      unlock {@link SchemePart#RANKING}
 */
public record SchemeVersion(String id, String schemeId, String name, int version, String parentVersionId,
        LocalDate effectiveFrom, PeriodRule periodRule, List<MemberClass> memberClasses, List<Category> categories,
        List<Item> items, List<TierScheme> tierSchemes, List<EligibilityRule> eligibilityRules,
        List<ConsequenceRule> consequenceRules, Workflow workflow, Set<SchemePart> unlockedParts,
        List<String> removedIds, RankingRule ranking) {

    /** A version ranking everybody together on the total, as before rule 6. */
    public SchemeVersion(String id, String schemeId, String name, int version, String parentVersionId,
            LocalDate effectiveFrom, PeriodRule periodRule, List<MemberClass> memberClasses,
            List<Category> categories, List<Item> items, List<TierScheme> tierSchemes,
            List<EligibilityRule> eligibilityRules, List<ConsequenceRule> consequenceRules, Workflow workflow,
            Set<SchemePart> unlockedParts, List<String> removedIds) {
        this(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule, memberClasses, categories,
                items, tierSchemes, eligibilityRules, consequenceRules, workflow, unlockedParts, removedIds, null);
    }

    public SchemeVersion {
        Objects.requireNonNull(id, "id");
        memberClasses = copy(memberClasses);
        categories = copy(categories);
        items = copy(items);
        tierSchemes = copy(tierSchemes);
        eligibilityRules = copy(eligibilityRules);
        consequenceRules = copy(consequenceRules);
        removedIds = copy(removedIds);
        unlockedParts = unlockedParts == null ? Set.of() : Set.copyOf(unlockedParts);
        ranking = ranking == null ? RankingRule.TOTAL : ranking;
        if (parentVersionId == null) {
            Objects.requireNonNull(periodRule, "a scheme without parent needs a period rule");
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public boolean isExtension() {
        return parentVersionId != null;
    }

    public Optional<MemberClass> memberClass(String classId) {
        return memberClasses.stream().filter(c -> c.id().equals(classId)).findFirst();
    }

    public Optional<TierScheme> tierScheme(String tierSchemeId) {
        return tierSchemes.stream().filter(t -> t.id().equals(tierSchemeId)).findFirst();
    }

    // Withers for the designer's forms: each form replaces one scheme-wide part of an immutable draft.

    public SchemeVersion withName(String n) {
        return new SchemeVersion(id, schemeId, n, version, parentVersionId, effectiveFrom, periodRule, memberClasses,
                categories, items, tierSchemes, eligibilityRules, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withEffectiveFrom(LocalDate d) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, d, periodRule, memberClasses,
                categories, items, tierSchemes, eligibilityRules, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withPeriodRule(PeriodRule r) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, r, memberClasses,
                categories, items, tierSchemes, eligibilityRules, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withRanking(RankingRule r) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                memberClasses, categories, items, tierSchemes, eligibilityRules, consequenceRules, workflow,
                unlockedParts, removedIds, r);
    }

    /** New member classes with the items' class references as given (renaming a class id renames them too). */
    public SchemeVersion withMemberClasses(List<MemberClass> classes, List<Item> newItems) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule, classes,
                categories, newItems, tierSchemes, eligibilityRules, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withTierSchemes(List<TierScheme> t) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                memberClasses, categories, items, t, eligibilityRules, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withEligibilityRules(List<EligibilityRule> r) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                memberClasses, categories, items, tierSchemes, r, consequenceRules, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withConsequenceRules(List<ConsequenceRule> r) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                memberClasses, categories, items, tierSchemes, eligibilityRules, r, workflow, unlockedParts,
                removedIds, ranking);
    }

    public SchemeVersion withWorkflow(Workflow w) {
        return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                memberClasses, categories, items, tierSchemes, eligibilityRules, consequenceRules, w, unlockedParts,
                removedIds, ranking);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Mutable helper for code that assembles a scheme step by step (fixtures, templates, the designer). */
    public static final class Builder {
        private final String id;
        private String schemeId;
        private String name;
        private int version = 1;
        private String parentVersionId;
        private LocalDate effectiveFrom;
        private PeriodRule periodRule;
        private final List<MemberClass> memberClasses = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private final List<TierScheme> tierSchemes = new ArrayList<>();
        private final List<EligibilityRule> eligibilityRules = new ArrayList<>();
        private final List<ConsequenceRule> consequenceRules = new ArrayList<>();
        private Workflow workflow = Workflow.NONE;
        private final List<SchemePart> unlockedParts = new ArrayList<>();
        private final List<String> removedIds = new ArrayList<>();
        private RankingRule ranking;

        private Builder(String id) {
            this.id = id;
            this.schemeId = id;
        }

        public Builder name(String n) { this.name = n; return this; }
        public Builder schemeId(String s) { this.schemeId = s; return this; }
        public Builder version(int v) { this.version = v; return this; }
        public Builder parent(String p) { this.parentVersionId = p; return this; }
        public Builder effectiveFrom(LocalDate d) { this.effectiveFrom = d; return this; }
        public Builder periodRule(PeriodRule r) { this.periodRule = r; return this; }
        public Builder memberClass(MemberClass c) { memberClasses.add(c); return this; }
        public Builder category(Category c) { categories.add(c); return this; }
        public Builder item(Item i) { items.add(i); return this; }
        public Builder tierScheme(TierScheme t) { tierSchemes.add(t); return this; }
        public Builder eligibility(EligibilityRule r) { eligibilityRules.add(r); return this; }
        public Builder consequence(ConsequenceRule r) { consequenceRules.add(r); return this; }
        public Builder workflow(Workflow w) { this.workflow = w; return this; }
        public Builder unlock(SchemePart p) { unlockedParts.add(p); return this; }
        public Builder remove(String removedId) { removedIds.add(removedId); return this; }
        public Builder ranking(RankingRule r) { this.ranking = r; return this; }

        public SchemeVersion build() {
            return new SchemeVersion(id, schemeId, name, version, parentVersionId, effectiveFrom, periodRule,
                    memberClasses, categories, items, tierSchemes, eligibilityRules, consequenceRules, workflow,
                    Set.copyOf(unlockedParts), removedIds, ranking);
        }
    }
}
