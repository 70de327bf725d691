package io.jifen.scheme.api;

import io.jifen.scoring.model.NumberBound;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.StrictJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Numbers a request may carry as a score value: a JSON number (not a string) that can be read exactly (not 1e400,
 * 1e-400) and lies within the format's bound for points of one occurrence ({@link NumberBound#POINTS}). The item's
 * own range is checked later against the scheme.
 */
final class SimulationNumbers {

    private SimulationNumbers() {
    }

    static BigDecimal optional(JsonNode node, String path, List<InputError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(InputError.of(path, "api.simulation.number"));
            return null;
        }
        // a double-reading parser would have made 1e400 Infinity, which has no decimal value at all
        boolean finite = !(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue());
        BigDecimal value = finite ? node.decimalValue() : null;
        if (value == null || !StrictJson.fits(value)) {
            errors.add(InputError.of(path, "api.json.numberOutOfRange", node.toString()));
            return null;
        }
        NumberBound points = NumberBound.POINTS;
        if (!points.allows(value)) {
            errors.add(InputError.of(path, "api.simulation.valueBounds", points.min(), points.max(),
                    points.decimals(), value));
            return null;
        }
        return value;
    }
}
