package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import io.jifen.scoring.model.Workflow;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The model records are the one definition of the document's field lists (docs/scheme-format.md, principle 1): the
 * JSON Schema names exactly their components in their order, a sealed type's branches exactly its permitted records,
 * and every list of constants in the schema is taken from a model enum, in its order. The reader and writer are
 * held to the same lists by the round trips ({@code RuleFieldsRoundTripTest} writes every field, the reader refuses
 * unknown ones).
 */
class SchemaFieldListsTest {

    private static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
            Map.entry("scheme", SchemeVersion.class), Map.entry("periodRule", PeriodRule.class),
            Map.entry("memberClass", MemberClass.class), Map.entry("cap", Cap.class),
            Map.entry("category", Category.class), Map.entry("occurrenceCap", OccurrenceCap.class),
            Map.entry("windowCap", WindowCap.class), Map.entry("valueOption", ValueOption.class),
            Map.entry("item", Item.class), Map.entry("tier", Tier.class), Map.entry("tierScheme", TierScheme.class),
            Map.entry("eligibilityRule", EligibilityRule.class), Map.entry("followUp", FollowUp.class),
            Map.entry("consequenceRule", ConsequenceRule.class), Map.entry("reviewStep", Workflow.ReviewStep.class),
            Map.entry("workflow", Workflow.class), Map.entry("ranking", RankingRule.class));

    private static final Map<String, Class<?>> SEALED = Map.of("valueRule", ValueRule.class,
            "eligibilityCondition", EligibilityCondition.class, "consequenceTrigger", ConsequenceTrigger.class);

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(CategoryKind.class, Sign.class,
            PeriodUnit.class, RollUp.class, PartialPeriodPolicy.class, ExemptionRule.class, Recorder.class,
            MemberStatus.class, Level.class, SchemePart.class, FollowUp.Due.class, ConsequenceTrigger.RankScope.class);

    private static final JsonNode DEFS = schema().get("$defs");

    private static JsonNode schema() {
        try (InputStream in = SchemaFieldListsTest.class.getClassLoader()
                .getResourceAsStream("templates/scheme-document.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyObjectOfTheSchemaNamesItsRecordsComponentsInOrder() {
        RECORDS.forEach((def, type) -> assertThat(names(DEFS.get(def).get("properties"))).as(def)
                .containsExactlyElementsOf(components(type)));
    }

    @Test
    void everySealedTypeHasOneBranchPerRecordNamedInType() {
        SEALED.forEach((def, type) -> {
            List<String> branches = new ArrayList<>();
            for (JsonNode branch : DEFS.get(def).get("oneOf")) {
                String name = branch.get("properties").get("type").get("const").asText();
                Class<?> record = Arrays.stream(type.getPermittedSubclasses())
                        .filter(c -> c.getSimpleName().equals(name)).findFirst().orElseThrow();
                List<String> expected = new ArrayList<>(List.of("type"));
                expected.addAll(components(record));
                assertThat(names(branch.get("properties"))).as(def + " " + name).containsExactlyElementsOf(expected);
                branches.add(name);
            }
            assertThat(branches).as(def).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(type.getPermittedSubclasses()).map(Class::getSimpleName).toList());
        });
    }

    @Test
    void everyListOfConstantsComesFromAModelEnumInItsOrder() {
        List<JsonNode> lists = new ArrayList<>();
        collectEnums(schema(), lists);
        assertThat(lists).isNotEmpty();
        for (JsonNode list : lists) {
            List<String> values = StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
            assertThat(ENUMS).as(values.toString()).anySatisfy(type -> assertThat(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()).containsSubsequence(values));
        }
    }

    private static void collectEnums(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("enum") && e.getValue().isArray()) {
                    out.add(e.getValue());
                } else {
                    collectEnums(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, out));
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
