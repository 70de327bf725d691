package io.jifen.printable;

import io.jifen.organization.Organization;
import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreReach;
import io.jifen.score.ScoreService;
import io.jifen.score.ScoreService.BoardLayout;
import io.jifen.scoring.model.Category;
import io.jifen.security.JifenUser;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's own workbook template (one per unit): upload (checked, then stored), and the scoreboard
 * exported into it. Scope first: those who manage the unit upload and remove, those who may read its board export;
 * a foreign unit and a missing one give the same answer.
 */
@Service
@Transactional(readOnly = true)
public class WorkbookTemplates {

    /** The largest template accepted, for the upload component. */
    public static final int MAX_BYTES = TemplateCheck.MAX_BYTES;

    private final ScoreReach reach;
    private final ScoreService scores;
    private final ScoreBoard board;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkbookTemplates(ScoreReach reach, ScoreService scores, ScoreBoard board, JdbcClient jdbc, Clock clock) {
        this.reach = reach;
        this.scores = scores;
        this.board = board;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored template, without its bytes. */
    public record Stored(long unitId, String fileName, int size, String uploadedBy, Instant uploadedAt) {
    }

    /**
     * Checks and stores the workbook as the unit's template, replacing the previous one.
     *
     * @throws io.jifen.shared.InvalidInputException with every problem (sheet and cell of each unknown placeholder)
     * @throws AccessDeniedException                 when the user does not manage the unit (foreign or unknown)
     */
    @Transactional
    public Stored upload(JifenUser user, long unitId, String fileName, byte[] bytes) {
        Organization unit = reach.managedUnit(user, unitId)
                .orElseThrow(() -> new AccessDeniedException("unit not in reach"));
        TemplateCheck.check(fileName, bytes, categories(user, unitId, LocalDate.now(clock)));
        Instant now = clock.instant();
        jdbc.sql("delete from print_template where organization_id = ?").param(unit.getId()).update();
        jdbc.sql("insert into print_template (tenant_id, organization_id, org_path, file_name, content, size_bytes, "
                + "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)").params(unit.tenantId(), unit.getId(),
                unit.getPath(), fileName, bytes, bytes.length, user.username(),
                Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC))).update();
        return new Stored(unit.getId(), fileName, bytes.length, user.username(), now);
    }

    /** The unit's template if the user may read the unit's board. */
    public Optional<Stored> find(JifenUser user, long unitId) {
        return reach.unit(user, unitId).flatMap(u -> jdbc.sql("select file_name, size_bytes, uploaded_by, "
                + "uploaded_at from print_template where tenant_id = ? and organization_id = ?")
                .params(u.tenantId(), u.getId()).query((rs, n) -> new Stored(u.getId(), rs.getString(1),
                        rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                .optional());
    }

    @Transactional
    public boolean remove(JifenUser user, long unitId) {
        return reach.managedUnit(user, unitId).map(u -> jdbc.sql("delete from print_template where tenant_id = ? "
                + "and organization_id = ?").params(u.tenantId(), u.getId()).update() > 0).orElse(false);
    }

    /**
     * Writes the board of {@code q} (its unit, period and filters) into the unit's template.
     *
     * @return false, writing nothing, when the unit is out of reach or has no template
     */
    public boolean export(JifenUser user, Query q, String periodLabel, Locale locale, OutputStream out) {
        Optional<Organization> unit = reach.unit(user, q.unitId());
        Optional<byte[]> template = unit.flatMap(u -> jdbc.sql("select content from print_template "
                + "where tenant_id = ? and organization_id = ?").params(u.tenantId(), u.getId())
                .query(byte[].class).optional());
        Optional<BoardLayout> layout = scores.layout(user, q.unitId(), q.periodStart());
        if (template.isEmpty()) {
            return false;
        }
        List<Category> categories = layout.map(BoardLayout::categories).orElse(List.of());
        List<Line> lines = BoardLines.all(board, user, q);
        PrintWords w = new PrintWords(locale);
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("unit", unit.get().getName());
        sheet.put("period", periodLabel);
        sheet.put("printedOn", LocalDate.now(clock).toString());
        sheet.put("scheme", layout.map(BoardLayout::schemeName).orElse(""));
        sheet.put("memberCount", lines.size());
        TemplateFiller.fill(template.get(), new TemplateValues(sheet, lines, categories, w.t("common.yes"),
                w.t("common.no")), out);
        return true;
    }

    private List<Category> categories(JifenUser user, long unitId, LocalDate day) {
        return scores.layout(user, unitId, day).map(BoardLayout::categories).orElse(List.of());
    }

}
