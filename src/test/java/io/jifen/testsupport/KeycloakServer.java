package io.jifen.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server for the SSO tests: the {@code keycloak-quarkus-dist} that Maven unpacks into
 * {@code target/keycloak} (pom.xml, {@code unpack-keycloak}), started with {@code kc.sh start-dev --import-realm} on
 * 127.0.0.1 and a free port, with an in-memory H2 database ({@code --db=dev-mem}), so every start imports the realm
 * file afresh and leaves nothing behind. It runs on the JDK that runs the tests ({@code java.home}).
 */
public final class KeycloakServer implements AutoCloseable {

    /** Set by surefire (pom.xml) to the unpacked distribution. */
    public static final String HOME_PROPERTY = "keycloak.home";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private final String hostname;

    private KeycloakServer(Process process, int port, Path log, String hostname) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.hostname = hostname == null ? "127.0.0.1" : hostname;
        this.shutdownHook = new Thread(this::kill, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The distribution folder; fails with a hint when the test does not run through Maven. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || !Files.isRegularFile(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at -D" + HOME_PROPERTY + "=" + home
                    + ". Run the test through Maven (`mvn test`): the unpack-keycloak execution of "
                    + "maven-dependency-plugin unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak.");
        }
        Path dist = Path.of(home).toAbsolutePath();
        if (!Files.isRegularFile(dist.resolve("lib/quarkus/quarkus-application.dat"))) {
            // kc.sh re-builds lib/quarkus when build options change; a build killed half-way leaves it broken
            throw new IllegalStateException("Broken Keycloak distribution in " + dist + " (interrupted build?). "
                    + "Delete target/keycloak and run `mvn test` again to unpack it afresh.");
        }
        return dist;
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Launches Keycloak in the background with {@code realmJson} as the only file to import. Call
     * {@link #awaitReady(String, Duration)} before use.
     */
    public static KeycloakServer launch(String realmJson, int port) throws IOException {
        return launch(realmJson, port, java.util.Map.of(), null);
    }

    /**
     * Like {@link #launch(String, int)}, with environment variables for the realm file's {@code ${...}} placeholders
     * (Keycloak resolves them on import) and, when {@code hostname} is given (e.g. {@code sso.jifen.test}), the
     * address browsers use: issuer and login pages then carry that name, while the console may still call the
     * back channel by any name. Keycloak resolves names through {@code src/test/hosts}, like the test JVM.
     */
    public static KeycloakServer launch(String realmJson, int port, java.util.Map<String, String> env,
                                        String hostname) throws IOException {
        Path home = home();
        Path importDir = home.resolve("data").resolve("import");
        if (Files.isDirectory(importDir)) {
            try (Stream<Path> files = Files.walk(importDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve("realm.json"), realmJson, StandardCharsets.UTF_8);
        Path log = home.getParent().resolve("keycloak-test.log");
        Path kcSh = home.resolve("bin").resolve("kc.sh");
        kcSh.toFile().setExecutable(true); // the zip keeps the mode, but be safe on odd unpackers
        List<String> command = new java.util.ArrayList<>(List.of(
                "/bin/sh", kcSh.toString(), "start-dev",
                "--import-realm",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname-strict=false"));
        if (hostname != null) {
            command.add("--hostname=http://" + hostname + ":" + port);
            command.add("--hostname-backchannel-dynamic=true");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        // C1 only: a faster start on small CI machines; a test server never runs long enough to need C2
        String hosts = System.getProperty("jdk.net.hosts.file");
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"
                + (hosts == null ? "" : " -Djdk.net.hosts.file=" + Path.of(hosts).toAbsolutePath()));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_")
                || k.startsWith("JIFEN_"));
        builder.environment().putAll(env);
        return new KeycloakServer(builder.start(), port, log, hostname);
    }

    /** Polls the realm's discovery document until it answers 200; bounded by {@code timeout}. */
    public KeycloakServer awaitReady(String realm, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI discovery = URI.create(baseUrl() + "/realms/" + realm + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + ":\n" + logTail());
    }

    /** The address browsers and the console use: the host name given at launch, 127.0.0.1 otherwise. */
    public String baseUrl() {
        return "http://" + hostname + ":" + port;
    }

    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public Path log() {
        return log;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops kc.sh and its JVM: TERM first (kc.sh forwards it), then KILL after 20 s. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        } catch (Exception e) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmGoingDown) {
            // already shutting down: the hook runs anyway
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
