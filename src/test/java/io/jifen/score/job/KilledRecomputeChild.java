package io.jifen.score.job;

import io.jifen.JifenApplication;
import io.jifen.testsupport.EmbeddedMariaDb;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The other JVM of {@link KilledRecomputeTest}: the console (dev profile, any port) on the test's database queues a
 * recompute job of one unit and runs it here, one unit per batch with a pause between batches, until it is killed.
 * Arguments: JDBC URL, launcher marker, unit id, unit path, from, to.
 */
public final class KilledRecomputeChild {

    static final String STARTED = "RECOMPUTE-JOB-STARTED";
    static final String FINISHED = "RECOMPUTE-JOB-FINISHED";

    private KilledRecomputeChild() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JifenApplication.class)
                .profiles("dev")
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "--spring.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                        "--jifen.dev.launcher-marker=" + args[1],
                        "--spring.liquibase.enabled=false",
                        "--jifen.recompute.members-per-batch=1",
                        "--jifen.recompute.pause-between-batches=PT0.4S");
        long id = context.getBean(JobStore.class).insert(Long.parseLong(args[2]), args[3], LocalDate.parse(args[4]),
                LocalDate.parse(args[5]), "killed-child", Instant.now());
        System.out.println(STARTED + " " + id);
        System.out.println(FINISHED + " " + context.getBean(RecomputeService.class).run(id));
        System.exit(0);
    }
}
