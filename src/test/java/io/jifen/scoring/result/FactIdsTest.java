package io.jifen.scoring.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared fact-id lists behave as plain immutable lists, and Explained keeps them without copying. */
class FactIdsTest {

    @Test
    void concatenationIsAViewThatReadsLikeAList() {
        FactIds a = FactIds.leaf(new String[] {"a", "b", "unused"}, 2);
        FactIds c = FactIds.leaf(new String[] {"c"}, 1);
        FactIds all = FactIds.concat(List.of(a, FactIds.empty(), FactIds.concat(List.of(c))));

        assertThat(all).containsExactly("a", "b", "c");
        assertThat(all.get(2)).isEqualTo("c");
        assertThat(all).isEqualTo(List.of("a", "b", "c")).hasSameHashCodeAs(List.of("a", "b", "c"));
        assertThat(all.toString()).isEqualTo("[a, b, c]");
        assertThat(all.toArray()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> all.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(FactIds.concat(List.of(FactIds.empty(), a))).isSameAs(a);
    }

    @Test
    void repeatedIdsAreListedOnceFirstOccurrenceFirst() {
        assertThat(FactIds.leaf(new String[] {"x", "y", "x"}, 3)).containsExactly("x", "y");
        assertThat(FactIds.distinctConcat(List.of(List.of("x", "y"), List.of("y", "z")))).containsExactly("x", "y",
                "z");
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = "f" + (i % 30);
        }
        assertThat(FactIds.leaf(many, many.length)).hasSize(30);
    }

    @Test
    void explainedSharesFactIdsAndRendersFormulasOnDemand() {
        FactIds ids = FactIds.leaf(new String[] {"e1", "e2"}, 2);
        List<RuleRef> rules = List.of(RuleRef.of(RuleRef.Kind.ITEM, "B"));
        Phrase sum = Phrase.of("points.sum", List.of(Phrase.of("term.named", "A", "1.00")), "2.00");
        Explained lazy = Explained.lazy(new BigDecimal("2.00"), () -> sum, ids, rules);
        Explained eager = new Explained(new BigDecimal("2.00"), sum, List.of("e1", "e2", "e1"),
                List.of(RuleRef.of(RuleRef.Kind.ITEM, "B"), RuleRef.of(RuleRef.Kind.ITEM, "B")));

        assertThat(lazy.factIds()).isSameAs(ids);
        assertThat(lazy.rules()).isSameAs(rules);
        assertThat(lazy.explanation()).isEqualTo(sum);
        assertThat(eager.factIds()).containsExactly("e1", "e2");
        assertThat(eager.rules()).hasSize(1);
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    }
}
