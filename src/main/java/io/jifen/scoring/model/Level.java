package io.jifen.scoring.model;

/** Whether a tier scheme / consequence looks at each assessed period or at the annual roll-up. */
public enum Level {
    PERIOD, YEAR
}
