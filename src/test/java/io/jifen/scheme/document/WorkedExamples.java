package io.jifen.scheme.document;

import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.inherit.Resolution;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TriggeredConsequence;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers for the per-template worked examples: everything is loaded from the JSON templates, never from Java. */
final class WorkedExamples {

    static final Period Y2025 = Period.year(2025);
    private static final AtomicInteger IDS = new AtomicInteger();

    private WorkedExamples() {
    }

    /** The template's scheme; an extension is resolved against its parent template. */
    static SchemeVersion scheme(String templateId) {
        SchemeVersion s = SchemeTemplates.load(templateId).scheme();
        if (!s.isExtension()) {
            return s;
        }
        String parentId = SchemeTemplates.list().stream().filter(e -> e.schemeVersionId().equals(s.parentVersionId()))
                .findFirst().orElseThrow().id();
        Resolution r = SchemeResolver.resolve(scheme(parentId), s);
        if (!r.ok()) {
            throw new AssertionError(templateId + ": " + r.violations());
        }
        return r.effective();
    }

    static Results run(String templateId, List<ScoredMember> members, List<Fact> facts) {
        return ScoringEngine.evaluate(scheme(templateId), members, facts, Y2025);
    }

    static Fact n(String member, String item, String date, int times) {
        return Fact.of(next(), member, item, LocalDate.parse(date)).times(times);
    }

    static Fact v(String member, String item, String date, String points) {
        return Fact.value(next(), member, item, LocalDate.parse(date), null, points);
    }

    static Fact opt(String member, String item, String date, String option) {
        return Fact.option(next(), member, item, LocalDate.parse(date), option);
    }

    static Fact optV(String member, String item, String date, String option, String points) {
        return Fact.value(next(), member, item, LocalDate.parse(date), option, points);
    }

    private static String next() {
        return "f" + IDS.incrementAndGet();
    }

    static AnnualResult year(Results r, String member) {
        return r.member(member).year(2025).orElseThrow();
    }

    static PeriodResult period(Results r, String member, Period p) {
        return r.member(member).period(p).orElseThrow();
    }

    static List<String> fired(Results r, String ruleId) {
        return r.consequences().stream().filter(c -> c.ruleId().equals(ruleId))
                .map(TriggeredConsequence::memberId).toList();
    }
}
