package io.jifen.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.shared.InvalidInputException;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The core of recording: a secretary's entry is confirmed as recorded, a bad batch stores nothing, final is final. */
class LedgerRecordingTest extends IntegrationTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecretaryRecordsAConfirmedEntryAndTheDatabaseKeepsItFinal() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "赵一", "ORDINARY");

        var recorded = ledger.record(b.secretary(), EntrySource.SECRETARY,
                List.of(contribution(m, "支部党员大会")));

        Entry e = recorded.entries().getFirst();
        assertThat(e.getStatus()).isEqualTo(EntryStatus.CONFIRMED);
        assertThat(e.getRecordedBy()).isEqualTo(b.secretary().username());
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set count = 2 where id = ?").param(e.getId()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = ?").param(e.getId()).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void oneBadDraftStoresNothingAndNamesItsPath() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "钱二", "ORDINARY");
        long before = count(m);

        assertThatThrownBy(() -> ledger.record(b.secretary(), EntrySource.BULK, List.of(
                contribution(m, null),
                new EntryDraft(m.getId(), "NO-SUCH-ITEM", null, null, 1, LocalDate.of(2026, 2, 3), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(InvalidInputException.InputError::path).containsExactly("$[1].itemId"));
        assertThat(count(m)).isEqualTo(before);
    }

    @Test
    void anotherTenantsSecretaryCannotReachTheMember() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Branch other = fixture.branch("HN", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "孙三", "ORDINARY");

        assertThatThrownBy(() -> ledger.record(other.secretary(), EntrySource.SECRETARY,
                List.of(contribution(m, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().getFirst()
                        .messageKey()).isEqualTo("ledger.error.memberNotFound"));
    }

    /** S8's 贡献加分 item: the assembly gives 1 to 50 points. */
    private static EntryDraft contribution(Member m, String basis) {
        return new EntryDraft(m.getId(), "CONTRIB-DEED", null, new BigDecimal("5"), 1, LocalDate.of(2026, 2, 3),
                basis, null);
    }

    private long count(Member m) {
        return jdbc.sql("select count(*) from ledger_entry where member_id = ?").param(m.getId()).query(Long.class)
                .single();
    }
}
