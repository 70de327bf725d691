package io.jifen.organization.roster;

import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.Messages;
import io.jifen.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared set-up of the roster tests: a throw-away 党小组 under QS-01 for every test (so the demo counts other tests
 * rely on never change: whatever lands in it is deleted afterwards) and workbooks generated with POI.
 */
public abstract class RosterTestSupport extends IntegrationTest {

    protected static final JifenUser QS_ADMIN = user("qs.admin", "QS", Role.ADMIN);
    protected static final JifenUser QS01_SECRETARY = user("qs01.secretary", "QS-01", Role.SECRETARY);

    @Autowired
    protected RosterImportService imports;
    @Autowired
    protected RosterExportService exports;
    @Autowired
    protected OrganizationService organizations;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Messages messages;

    protected Organization unit;

    protected static JifenUser user(String username, String orgCode, Role role) {
        return new JifenUser(username, username, orgCode, Set.of(role), List.of());
    }

    @BeforeEach
    protected void createUnit() {
        long qs01 = organizations.tree(QS_ADMIN).stream().filter(o -> o.getCode().equals("QS-01")).findFirst()
                .orElseThrow().getId();
        String code = "RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        unit = organizations.create(QS_ADMIN, qs01,
                new Organization(code, "Roster test " + code, OrganizationType.GROUP));
    }

    @AfterEach
    protected void deleteUnit() {
        jdbc.update("delete from member where organization_id = ?", unit.getId());
        organizations.delete(QS_ADMIN, unit.getId());
    }

    protected long memberCount() {
        return jdbc.queryForObject("select count(*) from member", Long.class);
    }

    protected long membersInUnit() {
        return jdbc.queryForObject("select count(*) from member where organization_id = ?", Long.class, unit.getId());
    }

    protected String zh(String key, Object... args) {
        return messages.getTranslation(key, Messages.CHINESE, args);
    }

    protected String en(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }

    /** A complete, valid row for the test unit; tests overwrite single cells to break it. */
    protected Map<RosterColumn, Object> validRow(int i) {
        Map<RosterColumn, Object> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.NAME, "Roster " + unit.getCode() + " " + i);
        row.put(RosterColumn.GENDER, zh(i % 2 == 0 ? "member.gender.MALE" : "member.gender.FEMALE"));
        row.put(RosterColumn.BIRTH_DATE, LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28));
        row.put(RosterColumn.JOIN_DATE, (1975 + i % 50) + "-07-01"); // as text: both date forms get exercised
        row.put(RosterColumn.STATUS, zh("member.status.FULL"));
        row.put(RosterColumn.MEMBER_CLASS, i % 3 == 0 ? "CADRE" : "ORDINARY");
        row.put(RosterColumn.UNIT_CODE, unit.getCode());
        row.put(RosterColumn.PHONE, String.valueOf(13_000_000_000L + i));
        row.put(RosterColumn.MOBILE, zh("common.no"));
        row.put(RosterColumn.EXEMPT, zh("common.no"));
        row.put(RosterColumn.SSO_USERNAME, unit.getCode().toLowerCase() + ".u" + i);
        return row;
    }

    protected List<Map<RosterColumn, Object>> validRows(int count) {
        List<Map<RosterColumn, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(validRow(i));
        }
        return rows;
    }

    /** A workbook with the Chinese titles of {@code columns} in that order and the given rows below. */
    protected byte[] workbook(List<RosterColumn> columns, List<Map<RosterColumn, Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("roster");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(zh(columns.get(c).titleKey()));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).get(columns.get(c));
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected byte[] workbook(List<Map<RosterColumn, Object>> rows) {
        return workbook(List.of(RosterColumn.values()), rows);
    }
}
