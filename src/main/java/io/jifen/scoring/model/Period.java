package io.jifen.scoring.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A closed date range [start, end]; months, quarters and years are natural (calendar) ones, as in every seed. */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " before start " + start);
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(start, start.plusMonths(1).minusDays(1));
    }

    public static Period years(int fromYear, int toYear) {
        return new Period(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days of this period inside [from, to] (either may be null = open). */
    public long overlapDays(LocalDate from, LocalDate to) {
        LocalDate s = from == null || from.isBefore(start) ? start : from;
        LocalDate e = to == null || to.isAfter(end) ? end : to;
        return e.isBefore(s) ? 0 : ChronoUnit.DAYS.between(s, e) + 1;
    }

    public int year() {
        return start.getYear();
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
