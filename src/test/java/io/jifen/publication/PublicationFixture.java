package io.jifen.publication;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ledger entries for the publication tests: what the secretary records in S8 (confirmed as recorded). */
@Component
public class PublicationFixture {

    public static final LocalDate Q1_START = LocalDate.of(2027, 1, 1);
    public static final LocalDate Q1_END = LocalDate.of(2027, 3, 31);

    private final LedgerService ledger;

    PublicationFixture(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** One S8 entry ({@code CONTRIB-DEED} adds, {@code VIOLATION-DEED} deducts) with its points; answers its id. */
    public long record(Branch b, Member m, String item, int points, LocalDate date) {
        EntryDraft d = new EntryDraft(m.getId(), item, null, BigDecimal.valueOf(points), 1, date, "公示测试", null);
        return ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(d)).entries().getFirst().getId();
    }
}
