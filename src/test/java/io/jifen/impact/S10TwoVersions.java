package io.jifen.impact;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.score.ScoreTestLedger;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * S10 (管道公司) published for a fixture branch with confirmed entries for three members, and a draft v2 that lowers
 * the 学习教育 cap from 33 to 24, lowers 基本合格 from 60 to 50 and removes 志愿服务. Under v1 → v2:
 * 甲 18 + 8 + 6 + 20 (claim) = 52 不合格 → 52 基本合格 (up); 乙 9 + 4 = 13 不合格 → 9 不合格 (two entries of the
 * removed item); 丙 33 + 8 + 6 + 8 + 5 (claim) = 60 基本合格 → 24 + 8 + 6 + 5 = 43 不合格 (down; four removed).
 */
@Component
public class S10TwoVersions {

    public static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    private final LedgerFixture fixture;
    private final LedgerService ledger;
    private final ScoreTestLedger review;
    private final SchemeService schemes;

    S10TwoVersions(LedgerFixture fixture, LedgerService ledger, ScoreTestLedger review, SchemeService schemes) {
        this.fixture = fixture;
        this.ledger = ledger;
        this.review = review;
        this.schemes = schemes;
    }

    /** The branch, its members and the stored draft v2 (saved as the designer saves it). */
    public record Scenario(Branch branch, Member up, Member same, Member down, long draftId, SchemeVersion draft) {
    }

    public Scenario build(String tenant) {
        Branch b = fixture.branch(tenant, "s10-guandao-gongsi");
        Member up = fixture.member(b, b.group(), "甲升档", "S10-ALL");
        Member same = fixture.member(b, b.group(), "乙不变", "S10-ALL");
        Member down = fixture.member(b, b.group(), "丙降档", "S10-ALL");
        List<EntryDraft> drafts = new ArrayList<>();
        meetings(drafts, up, 6);
        fixed(drafts, up, "LAW-KEPT", "RIGHT-UPHELD");
        meetings(drafts, same, 3);
        fixed(drafts, same, "SERVE-VOLUNTEER", "SERVE-VOLUNTEER");
        meetings(drafts, down, 11);
        fixed(drafts, down, "LAW-KEPT", "RIGHT-UPHELD", "SERVE-VOLUNTEER", "SERVE-VOLUNTEER", "SERVE-VOLUNTEER",
                "SERVE-VOLUNTEER");
        List<Entry> recorded = ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
        review.confirmedAsRecorded(recorded.getLast().getId());
        claim(b, up, "20");
        claim(b, down, "5");
        return draftV2(b, up, same, down);
    }

    /** 争创佳绩 claimed by the member and approved by the department head and the committee. */
    private void claim(Branch b, Member m, String points) {
        Entry claim = ledger.record(fixture.userOf(b, m), EntrySource.SELF_CLAIM, List.of(new EntryDraft(m.getId(),
                "ACHIEVE-TASK", null, new BigDecimal(points), 1, LocalDate.of(2026, 6, 30), "完成管线巡检任务",
                null))).entries().getFirst();
        review.approve(claim.getId(), "DEPT-HEAD", "dept.head.wang");
        review.approveLast(claim.getId(), "COMMITTEE", "committee.li");
    }

    private Scenario draftV2(Branch b, Member up, Member same, Member down) {
        long v1 = schemes.versions(b.admin(), b.scheme().getId()).getFirst().getId();
        SchemeVersionRecord v2 = schemes.newVersionFrom(b.admin(), v1);
        SchemeDocument loaded = SchemeDocuments.readDocument(v2.getDocument());
        SchemeVersion changed = changed(loaded.scheme());
        schemes.saveDesigned(b.admin(), v2.getId(), v2.getVersion(),
                SchemeDocuments.write(new SchemeDocument(loaded.info(), changed)));
        return new Scenario(b, up, same, down, v2.getId(), schemes.effective(b.admin(), v2.getId()));
    }

    /** 学习教育 capped at 24 instead of 33, 基本合格 from 50 instead of 60, 志愿服务 removed. */
    static SchemeVersion changed(SchemeVersion v) {
        var categories = v.categories().stream()
                .map(c -> c.id().equals("STUDY") ? c.withCap(Cap.max("24")) : c).toList();
        var items = v.items().stream().filter(i -> !i.id().equals("SERVE-VOLUNTEER")).toList();
        var tiers = v.tierSchemes().stream().map(t -> new TierScheme(t.id(), t.name(), t.levels(), t.tiers().stream()
                .map(r -> r.id().equals("BASIC") ? new Tier(r.id(), r.name(), new BigDecimal("50")) : r).toList()))
                .toList();
        return new SchemeVersion(v.id(), v.schemeId(), v.name(), v.version(), v.parentVersionId(), v.effectiveFrom(),
                v.periodRule(), v.memberClasses(), categories, items, tiers, v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }

    private static void meetings(List<EntryDraft> drafts, Member m, int n) {
        for (int i = 0; i < n; i++) {
            drafts.add(EntryDraft.of(m.getId(), "STUDY-MEETING", LocalDate.of(2026, 1 + i % 10, 10 + i / 10),
                    "三会一课"));
        }
    }

    private static void fixed(List<EntryDraft> drafts, Member m, String... items) {
        for (int i = 0; i < items.length; i++) {
            drafts.add(EntryDraft.of(m.getId(), items[i], LocalDate.of(2026, 3, 1 + i), "支部记录"));
        }
    }
}
