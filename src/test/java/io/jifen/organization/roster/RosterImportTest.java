package io.jifen.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import io.jifen.organization.MemberStatus;
import io.jifen.security.Role;
import io.jifen.shared.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Preview and all-or-nothing commit of roster workbooks on the real database. */
class RosterImportTest extends RosterTestSupport {

    @Test
    void oneBadRowAmong200IsReportedExactlyAndNothingIsStored() {
        List<Map<RosterColumn, Object>> rows = validRows(200);
        rows.get(135).put(RosterColumn.PHONE, "12345"); // data row 136 = Excel row 137 below the header
        byte[] file = workbook(rows);

        RosterPreview preview = imports.preview(QS01_SECRETARY, file, Messages.CHINESE);

        assertThat(preview.total()).isEqualTo(200);
        assertThat(preview.invalidRows()).isEqualTo(1);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors()).singleElement().satisfies(error -> {
            assertThat(error.rowNumber()).isEqualTo(137);
            assertThat(error.column()).isEqualTo(RosterColumn.PHONE);
            assertThat(error.columnTitle()).isEqualTo("联系电话");
            assertThat(error.message()).isEqualTo("请输入有效的手机号（11位，以1开头）或固定电话");
        });
        long before = memberCount();
        assertThatThrownBy(() -> imports.commit(QS01_SECRETARY, file, Messages.CHINESE))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.preview().invalidRows()).isEqualTo(1));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void fiveThousandGoodRowsAreImportedInOneGo() {
        byte[] file = workbook(validRows(5000));
        long before = memberCount();

        long previewStart = System.nanoTime();
        assertThat(imports.preview(QS01_SECRETARY, file, Messages.CHINESE).importable()).isTrue();
        System.out.printf(Locale.ROOT, "ROSTER PREVIEW 5000 rows: %.1f s%n", (System.nanoTime() - previewStart) / 1e9);
        long start = System.nanoTime();
        int imported = imports.commit(QS01_SECRETARY, file, Messages.CHINESE);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "ROSTER IMPORT 5000 rows: %.1f s%n", seconds);
        assertThat(imported).isEqualTo(5000);
        assertThat(memberCount()).isEqualTo(before + 5000);
        assertThat(membersInUnit()).isEqualTo(5000);
        assertThat(jdbc.queryForObject("select count(*) from member where organization_id = ? and created_by is null",
                Long.class, unit.getId())).isZero();
    }

    @Test
    void aUnitOfAnotherTenantIsAnErrorLikeAnUnknownOne() {
        List<Map<RosterColumn, Object>> rows = validRows(3);
        rows.get(1).put(RosterColumn.UNIT_CODE, "HN-01");
        rows.get(2).put(RosterColumn.UNIT_CODE, "QS-02"); // same tenant, but outside a QS-01 secretary's branch
        byte[] file = workbook(rows);

        RosterPreview preview = imports.preview(QS01_SECRETARY, file, Messages.CHINESE);

        assertThat(preview.errors()).extracting(RosterError::rowNumber, RosterError::column, RosterError::message)
                .containsExactly(
                        tuple(3, RosterColumn.UNIT_CODE, zh("roster.error.unknownUnit", "HN-01")),
                        tuple(4, RosterColumn.UNIT_CODE, zh("roster.error.unknownUnit", "QS-02")));
        long before = memberCount();
        assertThatThrownBy(() -> imports.commit(QS01_SECRETARY, file, Messages.CHINESE))
                .isInstanceOf(RosterRejectedException.class);
        assertThat(memberCount()).isEqualTo(before);
        assertThat(membersInUnit()).isZero();
    }

    @Test
    void aUnitThatHoldsNoMembersIsAnError() {
        Map<RosterColumn, Object> row = validRow(1);
        row.put(RosterColumn.UNIT_CODE, "qs"); // codes match regardless of case, like the database does

        RosterPreview preview = imports.preview(QS_ADMIN, workbook(List.of(row)), Messages.CHINESE);

        assertThat(preview.errors()).extracting(RosterError::column, RosterError::message)
                .containsExactly(tuple(RosterColumn.UNIT_CODE, zh("member.error.unitHoldsNoMembers", "青山乡党委")));
    }

    @Test
    void theCommitChecksAgainInsteadOfTrustingThePreview() {
        List<Map<RosterColumn, Object>> rows = validRows(3);
        byte[] file = workbook(rows);
        assertThat(imports.preview(QS01_SECRETARY, file, Messages.CHINESE).importable()).isTrue();
        imports.commit(QS01_SECRETARY, workbook(List.of(rows.get(1))), Messages.CHINESE); // meanwhile, elsewhere

        assertThatThrownBy(() -> imports.commit(QS01_SECRETARY, file, Messages.CHINESE))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.preview().errors())
                        .extracting(RosterError::rowNumber, RosterError::column).containsExactly(
                                tuple(3, RosterColumn.NAME), tuple(3, RosterColumn.SSO_USERNAME)));
        assertThat(membersInUnit()).isEqualTo(1);
    }

    @Test
    void aLoginNameTwiceInTheFileIsReportedOnBothRows() {
        List<Map<RosterColumn, Object>> rows = validRows(5);
        rows.get(1).put(RosterColumn.SSO_USERNAME, "twice.here");
        rows.get(3).put(RosterColumn.SSO_USERNAME, "Twice.Here"); // the database ignores case, so does the check

        RosterPreview preview = imports.preview(QS01_SECRETARY, workbook(rows), Messages.CHINESE);

        assertThat(preview.errors()).extracting(RosterError::rowNumber, RosterError::column, RosterError::message)
                .containsExactly(
                        tuple(3, RosterColumn.SSO_USERNAME,
                                zh("roster.error.usernameTwice", "twice.here", "5")),
                        tuple(5, RosterColumn.SSO_USERNAME,
                                zh("roster.error.usernameTwice", "Twice.Here", "3")));
    }

    @Test
    void loginNamesTakenInTheDatabaseAndDuplicatePeopleAreErrors() {
        List<Map<RosterColumn, Object>> rows = validRows(3);
        rows.get(0).put(RosterColumn.SSO_USERNAME, "qs.member"); // 王建国 of the demo data
        rows.get(2).put(RosterColumn.NAME, rows.get(1).get(RosterColumn.NAME));
        rows.get(2).put(RosterColumn.GENDER, rows.get(1).get(RosterColumn.GENDER));
        rows.get(2).put(RosterColumn.BIRTH_DATE, rows.get(1).get(RosterColumn.BIRTH_DATE));

        RosterPreview preview = imports.preview(QS01_SECRETARY, workbook(rows), Messages.CHINESE);

        assertThat(preview.errors()).extracting(RosterError::rowNumber, RosterError::message).containsExactly(
                tuple(2, zh("member.error.usernameTaken", "qs.member")),
                tuple(4, zh("roster.error.duplicateRow", "3")));
    }

    @Test
    void everyRowIsCheckedCompletelyAndInEnglishForAnEnglishUser() {
        Map<RosterColumn, Object> row = validRow(1);
        row.put(RosterColumn.NAME, "");
        row.put(RosterColumn.GENDER, "X");
        row.put(RosterColumn.BIRTH_DATE, "1980-13-45");
        row.put(RosterColumn.MEMBER_CLASS, "MANAGER"); // a class of the HN tenant
        row.put(RosterColumn.PHONE, "12345");
        row.put(RosterColumn.EXEMPT, "maybe"); // unreadable, so the exemption reason rule cannot apply
        row.put(RosterColumn.TRANSFER_IN_DATE, LocalDate.of(2020, 1, 1));
        row.put(RosterColumn.TRANSFER_OUT_DATE, LocalDate.of(2019, 1, 1));
        byte[] file = workbook(List.of(row));

        RosterPreview english = imports.preview(QS01_SECRETARY, file, Locale.ENGLISH);

        assertThat(english.errors()).extracting(RosterError::column, RosterError::columnTitle, RosterError::message)
                .containsExactly( // in column order
                        tuple(RosterColumn.NAME, "Name", en("validation.required")),
                        tuple(RosterColumn.GENDER, "Gender",
                                en("roster.error.badChoice", "X",
                                        en("member.gender.MALE") + ", " + en("member.gender.FEMALE"))),
                        tuple(RosterColumn.BIRTH_DATE, en("member.birthDate"),
                                en("roster.error.badDate", "1980-13-45")),
                        tuple(RosterColumn.MEMBER_CLASS, en("member.memberClass"),
                                en("roster.error.unknownClass", "MANAGER", "村组干部, 普通党员, 流动党员, 年老体弱党员")),
                        tuple(RosterColumn.PHONE, "Phone", en("validation.phone")),
                        tuple(RosterColumn.EXEMPT, en("member.exempt"),
                                en("roster.error.badYesNo", "maybe")),
                        tuple(RosterColumn.TRANSFER_OUT_DATE, en("member.transferOutDate"),
                                en("validation.member.transferDates")));
        assertThat(imports.preview(QS01_SECRETARY, file, Messages.CHINESE).errors())
                .extracting(RosterError::message).contains("请输入有效的手机号（11位，以1开头）或固定电话", "此项为必填项");
    }

    @Test
    void columnsInAnyOrderAndTheUsualSpellingsAreUnderstood() {
        Map<RosterColumn, Object> row = validRow(7);
        row.put(RosterColumn.GENDER, "Female");
        row.put(RosterColumn.BIRTH_DATE, "1979/3/8");
        row.put(RosterColumn.JOIN_DATE, 20010701); // typed as a number
        row.put(RosterColumn.STATUS, zh("member.status.PROBATIONARY"));
        row.put(RosterColumn.MEMBER_CLASS, "流动党员");
        row.put(RosterColumn.PHONE, 13912345678L); // a numeric cell, not 1.39E10
        row.put(RosterColumn.MOBILE, zh("common.yes"));
        List<RosterColumn> shuffled = List.of(RosterColumn.UNIT_CODE, RosterColumn.PHONE, RosterColumn.NAME,
                RosterColumn.MOBILE, RosterColumn.STATUS, RosterColumn.JOIN_DATE, RosterColumn.BIRTH_DATE,
                RosterColumn.MEMBER_CLASS, RosterColumn.GENDER);

        RosterPreview preview = imports.preview(QS01_SECRETARY, workbook(shuffled, List.of(row)), Messages.CHINESE);

        assertThat(preview.importable()).as(preview.errors().toString()).isTrue();
        Member member = preview.rows().getFirst().member();
        assertThat(member.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(member.getBirthDate()).isEqualTo(LocalDate.of(1979, 3, 8));
        assertThat(member.getJoinDate()).isEqualTo(LocalDate.of(2001, 7, 1));
        assertThat(member.getStatus()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(member.getMemberClass().getCode()).isEqualTo("MOBILE");
        assertThat(member.getPhone()).isEqualTo("13912345678");
        assertThat(member.isMobile()).isTrue();
        assertThat(member.getOrganization().getId()).isEqualTo(unit.getId());
        assertThat(member.getSsoUsername()).isNull(); // the column is missing: optional columns may be left out
    }

    @Test
    void membersWithoutAManagingRoleMayNotImport() {
        byte[] file = workbook(validRows(1));
        assertThatThrownBy(() -> imports.preview(user("qs.member", "QS-01", Role.MEMBER), file, Messages.CHINESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.commit(user("qs.member", "QS-01", Role.MEMBER), file, Messages.CHINESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(membersInUnit()).isZero();
    }
}
