package io.jifen.ledger.sheet;

import io.jifen.JifenApplication;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.Messages;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The other JVM of {@link ImportKilledMidwayTest}: the console (dev profile, any port) on the test's database runs
 * one entry import and logs every SQL statement, so that the parent sees when the inserts are under way.
 * Arguments: JDBC URL, launcher marker, secretary login, its org code, unit id, workbook file.
 */
public final class ImportChild {

    static final String COMMITTED = "ENTRY-IMPORT-COMMITTED";

    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JifenApplication.class)
                .profiles("dev")
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "--spring.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                        "--jifen.dev.launcher-marker=" + args[1],
                        "--spring.liquibase.enabled=false",
                        "--logging.level.org.hibernate.SQL=debug");
        JifenUser secretary = TestUsers.user(args[2], args[3], Role.SECRETARY);
        TestUsers.signIn(secretary);
        int stored = context.getBean(EntryImportService.class).commit(secretary, Long.parseLong(args[4]),
                Files.readAllBytes(Path.of(args[5])), Messages.CHINESE).stored();
        System.out.println(COMMITTED + " " + stored);
        System.exit(0);
    }
}
