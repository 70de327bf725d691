package io.jifen.integration.handoff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for the test host names, made with the JDK's {@code keytool} at test start: the
 * console must run over https, since a {@code Secure} (and so a partitioned) cookie needs it.
 */
final class SelfSignedTls {

    static final String PASSWORD = "test-only";
    static final String ALIAS = "jifen-test";

    private final Path keyStore;

    private SelfSignedTls(Path keyStore) {
        this.keyStore = keyStore;
    }

    static SelfSignedTls create(Path dir, String... hostNames) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path file = dir.resolve("test-tls.p12");
        Files.deleteIfExists(file);
        String san = "SAN=" + String.join(",", java.util.Arrays.stream(hostNames).map(h -> "dns:" + h).toList())
                + ",ip:127.0.0.1";
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + hostNames[0], "-ext", san, "-keystore", file.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return new SelfSignedTls(file);
    }

    Path keyStore() {
        return keyStore;
    }

    /** Serves with the key (the portal's https server). */
    SSLContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** Trusts exactly this certificate (the test's HTTP clients). */
    SSLContext clientContext() throws Exception {
        Certificate certificate = load().getCertificate(ALIAS);
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private KeyStore load() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
