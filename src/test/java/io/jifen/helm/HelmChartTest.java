package io.jifen.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.FileSystemUtils;

/**
 * Checks the Helm chart offline: helm-java embeds Helm (lint, template, values.schema.json validation), and
 * {@link StrictManifests} parses the output into typed Kubernetes objects, failing on misspelled fields.
 */
class HelmChartTest {

    private static final Path CHART = ChartRendering.CHART;
    private static final String RELEASE = ChartRendering.RELEASE;
    private static final String KUBE_VERSION = ChartRendering.KUBE_VERSION;

    @TempDir
    Path tmp;

    @Test
    void lintPassesInStrictMode() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
    }

    @Test
    void defaultValuesRenderTheCoreKindsOnly() throws IOException {
        List<HasMetadata> resources = render("");

        assertThat(kinds(resources)).containsExactly("ConfigMap", "Deployment", "Job", "Service", "ServiceAccount");
        Deployment deployment = one(resources, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
        Service service = one(resources, Service.class);
        assertThat(service.getSpec().getSessionAffinity()).as("Kubernetes' default: None").isNull();
        assertThat(service.getSpec().getPorts().getFirst().getTargetPort().getStrVal()).isEqualTo("http");
        assertThat(service.getSpec().getSelector())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void containerIsHardenedAndSized() throws IOException {
        List<HasMetadata> resources = render("");
        var pod = one(resources, Deployment.class).getSpec().getTemplate().getSpec();
        Container app = pod.getContainers().getFirst();

        assertThat(app.getPorts()).singleElement()
                .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(8080))
                .satisfies(port -> assertThat(port.getName()).isEqualTo("http"));
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(app.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        // the read-only root filesystem needs a writable /tmp
        assertThat(app.getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getMountPath()).isEqualTo("/tmp");
            assertThat(pod.getVolumes()).anySatisfy(volume -> {
                assertThat(volume.getName()).isEqualTo(mount.getName());
                assertThat(volume.getEmptyDir()).isNotNull();
            });
        });
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(one(resources, ConfigMap.class).getData().get("JAVA_TOOL_OPTIONS"))
                .contains("-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC");
    }

    @Test
    void optionalResourcesRenderWhenEnabled() throws IOException {
        List<HasMetadata> resources = render("""
                ingress: {enabled: true, className: nginx, tls: {enabled: true}}
                autoscaling: {enabled: true, minReplicas: 2, maxReplicas: 6}
                pdb: {create: true}
                secret: {create: true, datasourcePassword: db-pw, oidcClientSecret: oidc-secret}
                """);

        assertThat(kinds(resources)).containsExactly("ConfigMap", "Deployment", "HorizontalPodAutoscaler",
                "Ingress", "Job", "PodDisruptionBudget", "Secret", "Service", "ServiceAccount");
        Deployment deployment = one(resources, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).as("the HPA owns the replica count").isNull();

        Ingress ingress = one(resources, Ingress.class);
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(ingress.getSpec().getTls().getFirst().getSecretName()).isEqualTo(RELEASE + "-tls");
        var backend = ingress.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getBackend();
        assertThat(backend.getService().getName()).isEqualTo(one(resources, Service.class).getMetadata().getName());

        HorizontalPodAutoscaler hpa = one(resources, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(6);

        PodDisruptionBudget pdb = one(resources, PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
    }

    @Test
    void explicitIngressAnnotationsWinOverTheStickyDefaults() throws IOException {
        Ingress ingress = one(render("""
                ingress:
                  enabled: true
                  annotations: {nginx.ingress.kubernetes.io/session-cookie-name: OTHER}
                """), Ingress.class);

        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "OTHER")
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "replicaCount: two                                         | replicaCount",
            "replicaCont: 2                                            | replicaCont",        // typo: unknown value
            "service: {sessionAffinity: ClientIP}                      | sessionAffinity",    // removed: see below
            "ingress: {stickySessions: {controller: haproxy}}          | controller",
            "ingress: {stickySessions: {cookieName: JIFEN_SESSION}}    | cookieName",         // the app's own cookie
            "migration: {secret: {existingSecret: ''}}                 | migration.secret.existingSecret is required",
            "migration: {secret: {create: true}}                       | migration.secret.password is required",
            "config: {embedPortalOrigins: ['https://oa.example.org/']} | embedPortalOrigins", // an origin has no path
            "config: {datasource: {url: 'jdbc:mysql://db/jifen'}}      | url",
            "secret: {create: false, existingSecret: ''}               | secret.existingSecret is required",
            "secret: {create: true}                                    | secret.datasourcePassword is required",
    })
    void badValuesFailTheRender(String values, String expectedMessage) {
        assertThatThrownBy(() -> render(values))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void schemaViolationAlsoFailsLint() throws IOException {
        Path chart = copyChart();
        Path valuesFile = chart.resolve("values.yaml");
        String values = Files.readString(valuesFile);
        Files.writeString(valuesFile, values.replace("replicaCount: 1", "replicaCount: \"two\""));

        LintResult result = new Helm(chart).lint().strict().call();

        assertThat(result.isFailed()).isTrue();
        assertThat(result.getMessages()).anySatisfy(message -> assertThat(message).contains("replicaCount"));
    }

    @Test
    void probesUseTheActuatorHealthGroups() throws IOException {
        List<HasMetadata> resources = render("");
        Container app = one(resources, Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(httpPath(app.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(httpPath(app.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
        assertThat(httpPath(app.getStartupProbe())).isEqualTo("/actuator/health/liveness");
        for (Probe probe : List.of(app.getLivenessProbe(), app.getReadinessProbe(), app.getStartupProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
        Probe startup = app.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
                .as("seconds allowed for startup (Vaadin + Liquibase take ~30 s)").isGreaterThanOrEqualTo(120);
        // the health groups exist only on detected Kubernetes unless enabled explicitly
        assertThat(one(resources, ConfigMap.class).getData())
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
    }

    @Test
    void settingsReachTheContainerEnvironment() throws IOException {
        List<HasMetadata> resources = render("""
                config:
                  embedPortalOrigins: ['https://oa.example.org', 'https://oa2.example.org:8443']
                  extraEnv: {LOGGING_LEVEL_IO_JIFEN: DEBUG}
                extraEnvVars: [{name: EXTRA, value: 'yes'}]
                """);
        Map<String, String> config = one(resources, ConfigMap.class).getData();
        Container app = one(resources, Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(config).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://mariadb:3306/jifen")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "jifen_app")
                .containsEntry("JIFEN_OIDC_ISSUER_URI", "https://sso.example.org/realms/jifen")
                .containsEntry("JIFEN_OIDC_CLIENT_ID", "jifen-console")
                .containsEntry("JIFEN_EMBED_PORTAL_ORIGINS", "https://oa.example.org,https://oa2.example.org:8443")
                .containsEntry("LOGGING_LEVEL_IO_JIFEN", "DEBUG");
        assertThat(app.getEnvFrom()).singleElement().satisfies(source ->
                assertThat(source.getConfigMapRef().getName()).isEqualTo(RELEASE));
        assertThat(app.getEnv()).extracting(EnvVar::getName)
                .containsExactly("SPRING_DATASOURCE_PASSWORD", "JIFEN_OIDC_CLIENT_SECRET", "EXTRA");
    }

    @Test
    void secretsNeverReachTheConfigMap() throws IOException {
        String dbPassword = "db-pw-4f1c";
        String clientSecret = "oidc-secret-9d2e";
        List<HasMetadata> resources = render("""
                secret: {create: true, datasourcePassword: %s, oidcClientSecret: %s}
                """.formatted(dbPassword, clientSecret));

        ConfigMap configMap = one(resources, ConfigMap.class);
        assertThat(configMap.getData()).doesNotContainKeys("SPRING_DATASOURCE_PASSWORD", "JIFEN_OIDC_CLIENT_SECRET");
        assertThat(configMap.getData().values()).noneMatch(v -> v.contains(dbPassword) || v.contains(clientSecret));

        Secret secret = one(resources, Secret.class);
        assertThat(decode(secret.getData().get("datasource-password"))).isEqualTo(dbPassword);
        assertThat(decode(secret.getData().get("oidc-client-secret"))).isEqualTo(clientSecret);
        assertEnvFromSecret(resources, secret.getMetadata().getName());
    }

    @Test
    void existingSecretIsReferencedWhenNoneIsCreated() throws IOException {
        List<HasMetadata> resources = render("secret: {existingSecret: vault-jifen}");

        assertThat(kinds(resources)).doesNotContain("Secret");
        assertEnvFromSecret(resources, "vault-jifen");
    }

    @Test
    void notesWarnAboutSeveralPodsWithoutStickySessions() throws IOException {
        assertThat(notes("")).contains("port-forward svc/jifen-console").doesNotContain("WARNING");
        assertThat(notes("replicaCount: 3"))
                .contains("WARNING: more than one pod without sticky sessions");
        assertThat(notes("replicaCount: 3\ningress: {enabled: true}")).doesNotContain("WARNING");
        assertThat(notes("replicaCount: 3\ningress: {enabled: true, stickySessions: {enabled: false}}"))
                .contains("WARNING: more than one pod without sticky sessions");
    }

    @Test
    void strictParserRejectsMisspelledFields() {
        String manifest = """
                apiVersion: v1
                kind: Pod
                """;
        assertThatThrownBy(() -> StrictManifests.parse(manifest)).hasMessageContaining("v1/Pod");

        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  selector: {matchLabels: {app: typo}}
                  template:
                    metadata: {labels: {app: typo}}
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          %s:
                            httpGet: {path: /actuator/health/liveness, port: http}
                """;
        assertThat(StrictManifests.parse(deployment.formatted("livenessProbe"))).isInstanceOf(Deployment.class);
        assertThatThrownBy(() -> StrictManifests.parse(deployment.formatted("livenesProbe")))
                .hasMessageContaining("livenesProbe");
    }

    @Test
    void misspelledFieldPassedThroughValuesFailsTheParse() {
        // the schema lets EnvVar objects through as they are; only the typed parse can catch the typo
        assertThatThrownBy(() -> render("extraEnvVars: [{name: EXTRA, valueFrm: {secretKeyRef: {name: s, key: k}}}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valueFrm");
    }

    // ---- helpers ----

    private List<HasMetadata> render(String valuesYaml) throws IOException {
        return ChartRendering.render(tmp, valuesYaml);
    }

    /** NOTES.txt is rendered only by install: a client-only dry run needs no cluster. */
    private String notes(String valuesYaml) throws IOException {
        return ChartRendering.notes(tmp, valuesYaml);
    }

    private Path copyChart() throws IOException {
        Path copy = tmp.resolve("jifen-console");
        FileSystemUtils.copyRecursively(CHART, copy);
        return copy;
    }

    private static List<String> kinds(List<HasMetadata> resources) {
        return ChartRendering.kinds(resources);
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> resources, Class<T> type) {
        return ChartRendering.one(resources, type);
    }

    private static String httpPath(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static void assertEnvFromSecret(List<HasMetadata> resources, String secretName) {
        Container app = one(resources, Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst();
        Map<String, EnvVar> env = app.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        for (String name : List.of("SPRING_DATASOURCE_PASSWORD", "JIFEN_OIDC_CLIENT_SECRET")) {
            assertThat(env.get(name).getValue()).as(name).isNull();
            assertThat(env.get(name).getValueFrom().getSecretKeyRef().getName()).as(name).isEqualTo(secretName);
        }
    }
}
