package io.jifen.helm;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses `helm template` output into typed fabric8 objects and fails on anything Kubernetes would not understand.
 *
 * <p>Helm lint does not know the Kubernetes schemas, and fabric8's models silently collect unknown fields in an
 * {@code @JsonAnySetter} map. This mapper turns that any-setter off, so a misspelled field such as
 * {@code livenesProbe} raises an {@code UnrecognizedPropertyException} naming the field and its path.
 */
final class StrictManifests {

    /** apiVersion/kind → model: the only kinds the chart may render, each at the API version clusters serve. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "batch/v1/Job", Job.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE; // unknown fields must fail, not land in additionalProperties
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Helm separates documents with a line holding only "---". */
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private StrictManifests() {
    }

    static List<HasMetadata> parseAll(String multiDocumentYaml) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(multiDocumentYaml)) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
                resources.add(parse(document));
            }
        }
        return resources;
    }

    static HasMetadata parse(String document) {
        try {
            JsonNode tree = MAPPER.readTree(document);
            String type = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
            Class<? extends HasMetadata> model = KINDS.get(type);
            if (model == null) {
                throw new IllegalArgumentException("unexpected apiVersion/kind " + type + " in:\n" + document);
            }
            return MAPPER.readerFor(model).readValue(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid manifest: " + e.getMessage() + "\n" + document, e);
        }
    }
}
