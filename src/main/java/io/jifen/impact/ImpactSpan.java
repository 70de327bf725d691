package io.jifen.impact;

/** What the preview compares: the assessed period containing today, or the evaluation year containing it. */
public enum ImpactSpan {
    PERIOD, YEAR
}
