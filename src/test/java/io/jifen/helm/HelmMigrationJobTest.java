package io.jifen.helm;

import static io.jifen.helm.ChartRendering.all;
import static io.jifen.helm.ChartRendering.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase runs once per release, in a Helm hook Job with the MIGRATION user; the pods run with Liquibase disabled
 * and the APPLICATION user, which has no DDL or TRIGGER rights (helm/jifen-console/README.md).
 */
class HelmMigrationJobTest {

    @TempDir
    Path tmp;

    @Test
    void migrationIsAPreInstallAndPreUpgradeHook() throws IOException {
        Job job = one(ChartRendering.render(tmp, ""), Job.class);

        assertThat(job.getMetadata().getName()).isEqualTo("jifen-console-migration");
        assertThat(job.getMetadata().getAnnotations())
                .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation");
        assertThat(job.getSpec().getBackoffLimit()).isEqualTo(1);
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(600L);
        assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void jobMigratesWithTheMigrationUserAndItsOwnSecret() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, """
                migration: {username: jifen_ddl, secret: {existingSecret: vault-jifen-ddl, key: pw}}
                config: {datasource: {url: 'jdbc:mariadb://db.example.org:3306/jifen'}}
                """);
        Container migration = container(one(resources, Job.class).getSpec().getTemplate().getSpec());
        Map<String, EnvVar> env = env(migration);

        assertThat(value(env, "JIFEN_MIGRATE_ONLY")).isEqualTo("true");
        assertThat(value(env, "SPRING_LIQUIBASE_ENABLED")).isEqualTo("true");
        assertThat(value(env, "SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
        assertThat(value(env, "SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mariadb://db.example.org:3306/jifen");
        assertThat(value(env, "SPRING_DATASOURCE_USERNAME")).isEqualTo("jifen_ddl");
        var password = env.get("SPRING_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef();
        assertThat(password.getName()).isEqualTo("vault-jifen-ddl");
        assertThat(password.getKey()).isEqualTo("pw");
        // the same image as the pods, so the migration is the release's own changelog
        Container app = container(one(resources, Deployment.class).getSpec().getTemplate().getSpec());
        assertThat(migration.getImage()).isEqualTo(app.getImage());
        assertThat(env).doesNotContainKey("JIFEN_OIDC_CLIENT_SECRET");
    }

    @Test
    void jobNeedsNothingTheReleaseCreatesAfterIt() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, "");
        Job job = one(resources, Job.class);
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        Container migration = container(pod);

        // a pre-install hook runs before the chart's ConfigMap, Secret and ServiceAccount exist
        assertThat(migration.getEnvFrom()).isEmpty();
        assertThat(pod.getServiceAccountName()).isNull();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        // hardened like the app, and never behind the Service
        assertThat(migration.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(migration.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(migration.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        Map<String, String> selector = one(resources, Service.class).getSpec().getSelector();
        Map<String, String> podLabels = job.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels.entrySet().containsAll(selector.entrySet()))
                .as("the Service selector %s must not match the migration pod %s", selector, podLabels).isFalse();
    }

    @Test
    void podsRunWithoutLiquibaseAsTheApplicationUser() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, "secret: {existingSecret: vault-jifen}");
        Map<String, String> config = one(resources, ConfigMap.class).getData();
        Container app = container(one(resources, Deployment.class).getSpec().getTemplate().getSpec());

        assertThat(config).containsEntry("SPRING_LIQUIBASE_ENABLED", "false")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "jifen_app")
                .doesNotContainKey("JIFEN_MIGRATE_ONLY");
        Map<String, EnvVar> env = env(app);
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("vault-jifen");
        assertThat(app.getEnv()).noneSatisfy(var -> assertThat(var.getValueFrom() == null ? ""
                : var.getValueFrom().getSecretKeyRef().getName()).isEqualTo("jifen-console-migration"));
        assertThat(env).doesNotContainKeys("SPRING_LIQUIBASE_ENABLED", "JIFEN_MIGRATE_ONLY");
    }

    @Test
    void migrationSecretCanBeCreatedAsAnEarlierHook() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, """
                migration: {secret: {create: true, password: ddl-pw-77}}
                secret: {create: true, datasourcePassword: app-pw, oidcClientSecret: oidc}
                """);
        Secret secret = all(resources, Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals("jifen-console-migration")).findFirst().orElseThrow();
        Job job = one(resources, Job.class);

        assertThat(new String(Base64.getDecoder().decode(secret.getData().get("datasource-password")),
                StandardCharsets.UTF_8)).isEqualTo("ddl-pw-77");
        assertThat(secret.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
        assertThat(hookWeight(secret)).as("created before the Job").isLessThan(hookWeight(job));
        assertThat(env(container(job.getSpec().getTemplate().getSpec())).get("SPRING_DATASOURCE_PASSWORD")
                .getValueFrom().getSecretKeyRef().getName()).isEqualTo("jifen-console-migration");
        // the application Secret never holds the migration password
        Secret appSecret = all(resources, Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals("jifen-console")).findFirst().orElseThrow();
        assertThat(appSecret.getData().values()).noneMatch(v -> v.equals(secret.getData().get("datasource-password")));
    }

    @Test
    void withoutTheJobThePodsStillNeverMigrate() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, "migration: {enabled: false}");

        assertThat(all(resources, Job.class)).isEmpty();
        assertThat(one(resources, ConfigMap.class).getData()).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
    }

    private static Container container(PodSpec pod) {
        assertThat(pod.getContainers()).hasSize(1);
        return pod.getContainers().getFirst();
    }

    private static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    }

    private static String value(Map<String, EnvVar> env, String name) {
        assertThat(env).as("env").containsKey(name);
        return env.get(name).getValue();
    }

    private static int hookWeight(HasMetadata resource) {
        return Integer.parseInt(resource.getMetadata().getAnnotations().get("helm.sh/hook-weight"));
    }
}
