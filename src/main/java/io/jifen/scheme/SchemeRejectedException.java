package io.jifen.scheme;

import io.jifen.scheme.validation.ValidationReport;

/** A request whose scheme document(s) or data have errors; carries every finding. Nothing was stored. */
public class SchemeRejectedException extends RuntimeException {

    private final transient ValidationReport report;

    public SchemeRejectedException(ValidationReport report) {
        super(report.errors().size() + " error(s)");
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
