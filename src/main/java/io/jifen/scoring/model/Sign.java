package io.jifen.scoring.model;

import java.math.BigDecimal;

/**
 * Direction of the items directly in a category. Item values are entered as positive magnitudes (the seed writes
 * "扣2分", never "−2"), the category's sign turns them into signed points.
 */
public enum Sign {
    POSITIVE, NEGATIVE;

    public BigDecimal apply(BigDecimal magnitude) {
        return this == NEGATIVE ? magnitude.negate() : magnitude;
    }
}
