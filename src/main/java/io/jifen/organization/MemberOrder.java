package io.jifen.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The orders the members grid may ask for, each as the columns of one index on member (see the Liquibase change
 * 2026-11-27-grid-member-sort-and-search): the chosen column, then the pinyin name key, then the id, all in one
 * direction so that MariaDB reads a page straight off the index, forwards or backwards, instead of sorting the scope.
 */
public final class MemberOrder {

    /** Grid keys, also the grid columns' sort properties. */
    public static final String NAME = "name";
    public static final String GENDER = "gender";
    public static final String STATUS = "status";
    public static final String MEMBER_CLASS = "memberClass";
    public static final String UNIT = "unit";
    public static final String JOIN_DATE = "joinDate";

    private static final Map<String, String> LEADING_COLUMN = Map.of(
            GENDER, "gender", STATUS, "status", MEMBER_CLASS, "memberClassId", UNIT, "orgPath",
            JOIN_DATE, "joinDate");

    private MemberOrder() {
    }

    /**
     * The index order for the grid's first sort order; unsorted means by unit (the roster's natural order).
     *
     * @throws IllegalArgumentException for a property no index serves
     */
    public static Sort indexed(Sort requested) {
        Sort.Order first = requested == null || requested.isUnsorted()
                ? Sort.Order.asc(UNIT) : requested.iterator().next();
        String key = first.getProperty();
        if (!key.equals(NAME) && !LEADING_COLUMN.containsKey(key)) {
            throw new IllegalArgumentException("no index serves the member order " + key);
        }
        List<String> columns = new ArrayList<>();
        if (LEADING_COLUMN.containsKey(key)) {
            columns.add(LEADING_COLUMN.get(key));
        }
        columns.add("nameKey");
        columns.add("id");
        return Sort.by(first.getDirection(), columns.toArray(String[]::new));
    }
}
