package io.jifen.scheme.validation;

/** An error makes a scheme unpublishable; a warning is shown to the designer but does not block publication. */
public enum Severity {
    ERROR, WARNING
}
