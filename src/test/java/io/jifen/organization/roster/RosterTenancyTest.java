package io.jifen.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.security.Role;
import io.jifen.shared.Messages;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roster import sees login names of its own tenant only, and records who imported. */
class RosterTenancyTest extends RosterTestSupport {

    @Autowired
    MemberService members;

    /** hn.member is linked in HN: for a QS import the name is as free as one nobody uses (no oracle). */
    @Test
    void loginNamesOfAnotherTenantAreFreeAndThoseOfTheOwnTenantAreTaken() {
        List<Map<RosterColumn, Object>> rows = validRows(2);
        rows.get(0).put(RosterColumn.SSO_USERNAME, "hn.member");
        rows.get(1).put(RosterColumn.SSO_USERNAME, "qs.member");

        RosterPreview preview = imports.preview(QS01_SECRETARY, workbook(rows), Messages.CHINESE);

        assertThat(preview.errors()).extracting(RosterError::rowNumber, RosterError::message)
                .containsExactly(tuple(3, zh("member.error.usernameTaken", "qs.member")));
        rows.remove(1);
        assertThat(imports.commit(QS01_SECRETARY, workbook(rows), Messages.CHINESE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member where sso_username = 'hn.member'", Long.class))
                .isEqualTo(2);
        // each tenant's hn.member is a different person: the profile follows the user's own org_code
        assertThat(members.myProfile(TestUsers.user("hn.member", "HN", Role.MEMBER))).get()
                .satisfies(m -> assertThat(m.getOrganization().getCode()).startsWith("HN"));
        assertThat(members.myProfile(TestUsers.user("hn.member", "QS-01", Role.MEMBER))).get()
                .satisfies(m -> assertThat(m.getOrganization().getId()).isEqualTo(unit.getId()));
    }

    /** The export and the template list the exporter's own scope only: another tenant, another branch never. */
    @Test
    void exportAndTemplateHoldTheOwnScopeOnly() throws Exception {
        java.io.ByteArrayOutputStream hn = new java.io.ByteArrayOutputStream();
        int hnRows = exports.export(TestUsers.HN01_SECRETARY, MemberFilter.none(), hn);
        String hnSheet = sheetText(hn.toByteArray());
        assertThat(hnRows).isPositive();
        assertThat(hnSheet).contains("HN-01").doesNotContain("QS-0", "HN-02");
        java.io.ByteArrayOutputStream qs = new java.io.ByteArrayOutputStream();
        exports.export(TestUsers.QS02_SECRETARY, MemberFilter.none(), qs);
        assertThat(sheetText(qs.toByteArray())).contains("QS-02").doesNotContain("QS-01", "HN-");
        assertThat(sheetText(exports.template(TestUsers.HN_ADMIN))).contains("HN-01").doesNotContain("QS-0");
    }

    private static String sheetText(byte[] workbook) throws Exception {
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
            StringBuilder text = new StringBuilder();
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    text.append(format.formatCellValue(cell)).append('\t'))));
            return text.toString();
        }
    }

    @Test
    void importedRowsNameTheImporterWithNobodySignedInOnTheThread() {
        TestUsers.signOut();
        imports.commit(QS01_SECRETARY, workbook(validRows(3)), Messages.CHINESE);
        assertThat(jdbc.queryForList("select distinct created_by from member where organization_id = ?", String.class,
                unit.getId())).containsExactly("qs01.secretary");
        assertThat(jdbc.queryForList("select distinct tenant_id from member where organization_id = ?", Long.class,
                unit.getId())).containsExactly(1L);
    }
}
