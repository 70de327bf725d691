package io.jifen.ledger.query;

import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Names of items, options and steps of the scheme version an entry was recorded under. Published versions never
 * change, so the parsed scheme is kept per stored version id: a page of 50 rows parses a document at most once.
 */
@Component
class SchemeNames {

    private final SchemesInForce schemes;
    private final Map<Long, SchemeVersion> byVersion = new ConcurrentHashMap<>();

    SchemeNames(SchemesInForce schemes) {
        this.schemes = schemes;
    }

    /** The scheme of version {@code versionId}, found as the one in force for the entry's unit and date. */
    Optional<SchemeVersion> of(long versionId, String orgPath, LocalDate date) {
        SchemeVersion cached = byVersion.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SchemeVersion> found = schemes.forUnit(orgPath, date)
                .filter(f -> f.versionRecordId() == versionId).map(InForce::scheme);
        found.ifPresent(s -> byVersion.put(versionId, s));
        return found;
    }

    static Optional<Item> item(SchemeVersion scheme, String itemId) {
        return scheme.items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    static String optionLabel(Item item, String code) {
        if (code != null && item.value() instanceof ValueRule.ByOption o) {
            return o.option(code).map(ValueOption::label).orElse(code);
        }
        return code;
    }

    /** Points of one occurrence as recorded: the fixed value, the fixed option, or the value entered. */
    static BigDecimal points(Item item, String code, BigDecimal value) {
        return switch (item.value()) {
            case ValueRule.Fixed f -> f.points();
            case ValueRule.ReviewerRange r -> value;
            case ValueRule.ByOption o -> o.option(code).filter(ValueOption::isFixed).map(ValueOption::min)
                    .orElse(value);
        };
    }

    static String stepName(SchemeVersion scheme, String stepId) {
        return stepId == null || scheme.workflow() == null ? null : scheme.workflow().steps().stream().filter(s -> s.id().equals(stepId))
                .map(ReviewStep::name).findFirst().orElse(null);
    }
}
