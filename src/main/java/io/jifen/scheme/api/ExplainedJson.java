package io.jifen.scheme.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.RuleRef;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * JSON of an {@link Explained} number: {@code {value, formula, factIds, rules}}, as when it was a record. The engine
 * stays free of Jackson; {@code Explained} became a class with record-style accessors (its formula is rendered on
 * demand, issue 3), which Jackson does not detect by itself.
 */
@JacksonMixin(Explained.class)
@JsonPropertyOrder({"value", "formula", "factIds", "rules"})
abstract class ExplainedJson {

    @JsonProperty("value")
    abstract BigDecimal value();

    @JsonProperty("formula")
    abstract String formula();

    @JsonProperty("factIds")
    abstract List<String> factIds();

    @JsonProperty("rules")
    abstract List<RuleRef> rules();
}
