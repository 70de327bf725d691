package io.jifen.scheme;

/** Life of a scheme version: edited as a draft, validated, then published with an effective date and frozen. */
public enum SchemeStatus {
    DRAFT,
    VALIDATED,
    PUBLISHED
}
