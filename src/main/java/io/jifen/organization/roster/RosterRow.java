package io.jifen.organization.roster;

import io.jifen.organization.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One data row of an import: the member as parsed so far and everything wrong with it. */
public final class RosterRow {

    private final int rowNumber;
    private final Member member;
    private final String unitCode;
    private final List<RosterError> errors = new ArrayList<>();

    RosterRow(int rowNumber, Member member, String unitCode) {
        this.rowNumber = rowNumber;
        this.member = member;
        this.unitCode = unitCode;
    }

    /** The row number as Excel shows it. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The parsed member; incomplete when the row has errors, and never saved from here (commit re-parses). */
    public Member member() {
        return member;
    }

    /** The unit code as written in the file, for display when it matched no unit. */
    public String unitCode() {
        return unitCode;
    }

    /** In column order, whichever check found them. */
    public List<RosterError> errors() {
        return errors.stream().sorted(Comparator.comparing(RosterError::column)).toList();
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    boolean hasError(RosterColumn column) {
        return errors.stream().anyMatch(e -> e.column() == column);
    }

    void addError(RosterColumn column, String columnTitle, String message) {
        errors.add(new RosterError(rowNumber, column, columnTitle, message));
    }
}
