package io.jifen.scheme.validation;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A mutable copy of a scheme version for building broken variants of the fixtures. */
final class Edit {

    PeriodRule periodRule;
    final List<MemberClass> memberClasses;
    final List<Category> categories;
    final List<Item> items;
    final List<TierScheme> tierSchemes;
    final List<EligibilityRule> eligibilityRules;
    final List<ConsequenceRule> consequenceRules;
    Workflow workflow;
    final List<String> removedIds;
    io.jifen.scoring.model.RankingRule ranking;
    private final SchemeVersion s;

    private Edit(SchemeVersion s) {
        this.s = s;
        periodRule = s.periodRule();
        memberClasses = new ArrayList<>(s.memberClasses());
        categories = new ArrayList<>(s.categories());
        items = new ArrayList<>(s.items());
        tierSchemes = new ArrayList<>(s.tierSchemes());
        eligibilityRules = new ArrayList<>(s.eligibilityRules());
        consequenceRules = new ArrayList<>(s.consequenceRules());
        workflow = s.workflow();
        removedIds = new ArrayList<>(s.removedIds());
        ranking = s.ranking();
    }

    static SchemeVersion of(SchemeVersion s, Consumer<Edit> edit) {
        Edit e = new Edit(s);
        edit.accept(e);
        return new SchemeVersion(s.id(), s.schemeId(), s.name(), s.version(), s.parentVersionId(),
                s.effectiveFrom(), e.periodRule, e.memberClasses, e.categories, e.items, e.tierSchemes,
                e.eligibilityRules, e.consequenceRules, e.workflow, s.unlockedParts(), e.removedIds, e.ranking);
    }

    void category(String id, UnaryOperator<Category> change) {
        categories.replaceAll(c -> c.id().equals(id) ? change.apply(c) : c);
    }

    void item(String id, UnaryOperator<Item> change) {
        items.replaceAll(i -> i.id().equals(id) ? change.apply(i) : i);
    }
}
