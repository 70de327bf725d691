package io.jifen.scoring.model;

/**
 * Whether a tier scheme / consequence looks at each assessed period, at the interim level of the period rule (S5
 * quarterly results of monthly scores) or at the annual roll-up.
 */
public enum Level {
    PERIOD, INTERIM, YEAR
}
