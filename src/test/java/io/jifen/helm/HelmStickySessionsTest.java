package io.jifen.helm;

import static io.jifen.helm.ChartRendering.all;
import static io.jifen.helm.ChartRendering.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vaadin needs every request of a UI on the pod holding its session. Behind the OA portal's reverse proxy all users
 * share the proxy's IP, so the stickiness must be a cookie at the ingress, never the Service's ClientIP affinity.
 */
class HelmStickySessionsTest {

    private static final String NGINX = "nginx.ingress.kubernetes.io/";
    private static final String TRAEFIK = "traefik.ingress.kubernetes.io/service.sticky.cookie";

    @TempDir
    Path tmp;

    /** Fails as soon as any combination of values renders a Service with ClientIP affinity. */
    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "replicaCount: 3",
            "ingress: {enabled: true}",
            "ingress: {enabled: true, stickySessions: {controller: traefik}}",
            "ingress: {enabled: true, stickySessions: {enabled: false}}",
            "autoscaling: {enabled: true}\ningress: {enabled: true}\npdb: {create: true}",
            "service: {type: NodePort, nodePort: 30080}",
            "service: {type: LoadBalancer}\nmigration: {enabled: false}",
    })
    void noServiceEverUsesClientIpAffinity(String values) throws IOException {
        List<Service> services = all(ChartRendering.render(tmp, values), Service.class);

        assertThat(services).isNotEmpty().allSatisfy(service -> {
            assertThat(service.getSpec().getSessionAffinity()).as(service.getMetadata().getName())
                    .isNotEqualTo("ClientIP");
            assertThat(service.getSpec().getSessionAffinityConfig()).isNull();
        });
    }

    @Test
    void noTemplateMentionsClientIpAffinity() throws IOException {
        try (var templates = Files.list(ChartRendering.CHART.resolve("templates"))) {
            assertThat(templates.filter(file -> file.toString().endsWith(".yaml")).toList())
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain("sessionAffinity:"));
        }
    }

    @Test
    void nginxIngressGetsCookieAffinity() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, """
                ingress: {enabled: true, className: nginx, path: /console}
                """);
        Map<String, String> annotations = one(resources, Ingress.class).getMetadata().getAnnotations();

        assertThat(annotations)
                .containsEntry(NGINX + "affinity", "cookie")
                .containsEntry(NGINX + "affinity-mode", "persistent")
                .containsEntry(NGINX + "session-cookie-name", "JIFEN_ROUTE")
                .containsEntry(NGINX + "session-cookie-path", "/console")
                .containsEntry(NGINX + "session-cookie-secure", "true")
                .containsEntry(NGINX + "session-cookie-samesite", "Lax")
                .containsEntry(NGINX + "session-cookie-change-on-failure", "true");
        assertThat(serviceAnnotations(resources)).doesNotContainKey(TRAEFIK);
    }

    @Test
    void traefikGetsTheStickyCookieOnTheService() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, """
                ingress:
                  enabled: true
                  className: traefik
                  stickySessions: {controller: traefik, cookieName: jifen_sticky, sameSite: Strict}
                """);

        assertThat(serviceAnnotations(resources))
                .containsEntry(TRAEFIK, "true")
                .containsEntry(TRAEFIK + ".name", "jifen_sticky")
                .containsEntry(TRAEFIK + ".secure", "true")
                .containsEntry(TRAEFIK + ".httponly", "true")
                .containsEntry(TRAEFIK + ".samesite", "strict");
        Map<String, String> ingressAnnotations = one(resources, Ingress.class).getMetadata().getAnnotations();
        assertThat(ingressAnnotations == null ? Map.of() : ingressAnnotations).doesNotContainKey(NGINX + "affinity");
    }

    @Test
    void explicitServiceAnnotationsWinOverTheTraefikDefaults() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, """
                service: {annotations: {traefik.ingress.kubernetes.io/service.sticky.cookie.secure: 'false'}}
                ingress: {enabled: true, stickySessions: {controller: traefik}}
                """);

        assertThat(serviceAnnotations(resources))
                .containsEntry(TRAEFIK + ".secure", "false")
                .containsEntry(TRAEFIK, "true");
    }

    @Test
    void noAffinityAnnotationsWhenStickinessIsOff() throws IOException {
        for (String controller : List.of("nginx", "traefik")) {
            List<HasMetadata> resources = ChartRendering.render(tmp, """
                    ingress: {enabled: true, stickySessions: {enabled: false, controller: %s}}
                    """.formatted(controller));

            assertThat(one(resources, Ingress.class).getMetadata().getAnnotations()).as(controller).isNullOrEmpty();
            assertThat(serviceAnnotations(resources)).as(controller).isEmpty();
        }
    }

    @Test
    void withoutTheChartsIngressNothingIsAnnotated() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, "ingress: {stickySessions: {controller: traefik}}");

        assertThat(all(resources, Ingress.class)).isEmpty();
        assertThat(serviceAnnotations(resources)).isEmpty();
    }

    private static Map<String, String> serviceAnnotations(List<HasMetadata> resources) {
        Map<String, String> annotations = one(resources, Service.class).getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }
}
