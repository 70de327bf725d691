package io.jifen.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/** Renders the chart offline (helm-java) and parses the result strictly; shared by the chart tests. */
final class ChartRendering {

    static final Path CHART = Path.of("helm", "jifen-console");
    /** Release name equal to the chart name, so every resource is simply called "jifen-console". */
    static final String RELEASE = "jifen-console";
    /** helm-java's `template` assumes Kubernetes 1.20, older than the chart's kubeVersion (HPA v2, PDB v1). */
    static final String KUBE_VERSION = "v1.31.0";

    private ChartRendering() {
    }

    /** The named templates (_migration.tpl) behind the chart's hook manifests. */
    private static final List<String> HOOK_TEMPLATES =
            List.of("jifen-console.migrationSecret", "jifen-console.migrationJob");
    private static final String HOOK_PREFIX = "test-hook-";

    /**
     * `helm template` with the given values (YAML) in a file under {@code tmp}, parsed by {@link StrictManifests},
     * hooks included. helm-java's template returns the release manifest only, without the hooks; so the chart is
     * rendered from a copy with one extra template that wraps each hook's named template, rendered exactly as the
     * chart renders it, in a ConfigMap, and the hooks are parsed back out of those.
     */
    static List<HasMetadata> render(Path tmp, String valuesYaml) throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        for (HasMetadata resource : renderChart(copyWithHookProbe(tmp), tmp, valuesYaml)) {
            if (resource instanceof ConfigMap probe && probe.getMetadata().getName().startsWith(HOOK_PREFIX)) {
                resources.add(StrictManifests.parse(probe.getData().get("manifest")));
            } else {
                resources.add(resource);
            }
        }
        return resources;
    }

    private static Path copyWithHookProbe(Path tmp) throws IOException {
        Path copy = Files.createTempDirectory(tmp, "chart").resolve("jifen-console");
        FileSystemUtils.copyRecursively(CHART, copy);
        StringBuilder probe = new StringBuilder();
        for (String hook : HOOK_TEMPLATES) {
            probe.append("""
                    {{- with include "%s" . }}
                    ---
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: %s%s
                    data:
                      manifest: {{ . | quote }}
                    {{- end }}
                    """.formatted(hook, HOOK_PREFIX, hook.substring(hook.indexOf('.') + 1).toLowerCase()));
        }
        Files.writeString(copy.resolve("templates").resolve("zz-test-hook-probe.yaml"), probe);
        return copy;
    }

    private static List<HasMetadata> renderChart(Path chart, Path tmp, String valuesYaml) throws IOException {
        Path values = valuesFile(tmp, valuesYaml);
        String manifests = new Helm(chart).template()
                .withName(RELEASE)
                .withNamespace("jifen")
                .withKubeVersion(KUBE_VERSION)
                .withValuesFile(values)
                .call();
        return StrictManifests.parseAll(manifests);
    }

    /** The NOTES.txt an install with these values prints (client-only dry run). */
    static String notes(Path tmp, String valuesYaml) throws IOException {
        String output = new Helm(CHART).install().withName(RELEASE).withNamespace("jifen").withKubeVersion(KUBE_VERSION)
                .withValuesFile(valuesFile(tmp, valuesYaml)).clientOnly().dryRun().call().getOutput();
        return output.substring(output.indexOf("NOTES:"));
    }

    private static Path valuesFile(Path tmp, String valuesYaml) throws IOException {
        Path values = Files.createTempFile(tmp, "values", ".yaml");
        Files.writeString(values, valuesYaml);
        return values;
    }

    static List<String> kinds(List<HasMetadata> resources) {
        return resources.stream().map(HasMetadata::getKind).sorted().toList();
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T one(List<HasMetadata> resources, Class<T> type) {
        List<T> matches = all(resources, type);
        assertThat(matches).as("rendered %s", type.getSimpleName()).hasSize(1);
        return matches.getFirst();
    }
}
