package io.jifen.ledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.api.IntakeFixture;
import io.jifen.organization.Member;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 in the middle of a 50,000-row import: another JVM ({@link ImportChild}) runs the import on the same
 * MariaDB and is killed once its inserts are under way; the import being one transaction, not one of its rows may
 * be in {@code ledger_entry} afterwards.
 */
class ImportKilledMidwayTest extends IntegrationTest {

    /** Insert statements the child must have sent before it is killed (batches of 200 go out as they fill). */
    private static final int INSERTS_BEFORE_KILL = 5_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void aKilledImportLeavesNothingHalfStored() throws Exception {
        Branch b = new IntakeFixture(context).branch(fixture.apart("QS"));
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(fixture.member(b, b.group(), "中断党员" + i, "ORDINARY"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(EntrySheets.row(people.get(i % 50).getId(), "5", "1",
                    LocalDate.of(2026, 1, 1).plusDays(i % 300).toString()));
        }
        Path file = Files.createTempFile("entries", ".xlsx");
        Path log = Files.createTempFile("import-child", ".log");
        Files.write(file, EntrySheets.workbook(rows));
        String url = jdbc.sql("select concat('jdbc:mariadb://localhost:', @@port, '/', database())")
                .query(String.class).single();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                url, EmbeddedMariaDb.launcherMarker(), b.secretary().username(), b.secretary().orgCode(),
                String.valueOf(b.branch().getId()), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long inserts = awaitInserts(child, log, Duration.ofMinutes(12));
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("Import child killed after %d insert statements (exit %d)%n", inserts,
                    child.exitValue());
            assertThat(inserts).as("the child's log " + log).isGreaterThanOrEqualTo(INSERTS_BEFORE_KILL);
            assertThat(Files.readString(log)).doesNotContain(ImportChild.COMMITTED);
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(log);
        assertThat(stored(b)).isZero();
        Thread.sleep(2_000); // the server rolls the dead connection's transaction back
        assertThat(stored(b)).isZero();
        assertThat(jdbc.sql("select count(*) from ledger_entry where member_id in (:ids)")
                .param("ids", people.stream().map(Member::getId).toList()).query(Long.class).single()).isZero();
    }

    /**
     * Waits until the child's log shows enough inserts into the ledger (the import is under way). Reads only what
     * was appended since the last look: the SQL log grows by tens of MB.
     */
    private static long awaitInserts(Process child, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long inserts = 0;
        try (java.io.BufferedReader reader = Files.newBufferedReader(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            while (System.nanoTime() < deadline && child.isAlive()) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.contains("insert into ledger_entry")) {
                        inserts++;
                    }
                }
                if (inserts >= INSERTS_BEFORE_KILL) {
                    return inserts;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the import child did not get under way; exit "
                + (child.isAlive() ? "-" : child.exitValue()) + ", log " + log + ":\n" + tail(log));
    }

    private static String tail(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private long stored(Branch b) {
        return jdbc.sql("select count(*) from ledger_entry where org_path like ?").param(b.branch().getPath() + "%")
                .query(Long.class).single();
    }
}
