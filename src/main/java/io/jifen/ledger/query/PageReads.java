package io.jifen.ledger.query;

import io.jifen.ledger.EntryStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a page of the ledger grid is read, chosen by the size of its scope (docs/performance.md, issue 9). Three ways,
 * each the cheapest for some scopes at 5 M rows:
 * <ul>
 * <li>a wide scope (a tenant, a 党总支) is read along a date-ordered index backwards, MariaDB's own choice, and stops
 * after the page: about {@code wanted × tenant members / scope members} rows, each checked for the scope;
 * <li>a scope of few units (a 支部 and its 党小组, one 党小组) is the merge of its units' own ranges: with the unit
 * path fixed, the scope index (with the status or item filter inside it) is in date order, so each unit's range
 * stops after {@code wanted} rows, and the page reads at most {@code units × wanted} rows — where a subtree prefix
 * would read all the scope's rows of the period and sort them;
 * <li>a scope of many small units falls back to its scope index over the prefix, read whole and sorted, when that is
 * still fewer rows than the date-ordered walk.
 * </ul>
 * A name search is left to MariaDB: the member side is then the selective one.
 */
@Component
class PageReads {

    /** The prefix scan of a scope index beats the date-ordered walk up to this many times more rows read. */
    static final double SCOPE_INDEX_FACTOR = 4;
    /** With both a status and an item, a date-ordered index holds one of them; the other thins it (assumed 1 in 4). */
    private static final double OTHER_FILTER_THINNING = 4;

    private final ScopeSizes sizes;
    private final JdbcClient jdbc;

    PageReads(ScopeSizes sizes, JdbcClient jdbc) {
        this.sizes = sizes;
        this.jdbc = jdbc;
    }

    /**
     * How to read a page.
     *
     * @param index the index to force, null for MariaDB's own choice
     * @param unitPaths the exact {@code org_path} values whose ranges are merged; empty = one read of the scope
     */
    record PageRead(String index, List<String> unitPaths) {

        static final PageRead OWN_CHOICE = new PageRead(null, List.of());

        boolean merged() {
            return !unitPaths.isEmpty();
        }

        String hint() {
            return index == null ? "" : " force index (" + index + ")";
        }
    }

    /**
     * @param scopes the subtrees that bound the rows (the unit filter, else the user's reach), all of one tenant
     * @param wanted the rows the page needs from the start (offset + limit)
     */
    PageRead choose(List<String> scopes, LedgerFilter f, int wanted) {
        if (scopes.isEmpty() || (f.memberName() != null && !f.memberName().isBlank())) {
            return PageRead.OWN_CHOICE;
        }
        String first = scopes.getFirst();
        long inTenant = sizes.members(first.substring(0, first.indexOf('/', 1) + 1));
        long inScope = scopes.stream().mapToLong(sizes::members).sum();
        if (inScope == 0 || inTenant == 0) {
            return PageRead.OWN_CHOICE;
        }
        double dateRows = (double) wanted * inTenant / inScope;
        if (f.status() != null && f.itemId() != null) {
            dateRows *= OTHER_FILTER_THINNING;
        }
        long units = scopes.stream().mapToLong(sizes::units).sum();
        if ((double) units * wanted <= dateRows) {
            return unitRanges(scopes, f);
        }
        double scopeRows = inScope * sizes.rowsPerMember();
        return scopeRows <= SCOPE_INDEX_FACTOR * dateRows ? new PageRead(scopeIndex(f), List.of())
                : PageRead.OWN_CHOICE;
    }

    /** The merge of the units' ranges under the scopes. */
    PageRead unitRanges(List<String> scopes, LedgerFilter f) {
        return new PageRead(scopeIndex(f), ledgerPaths(scopes));
    }

    /**
     * The scope index that also holds the page's filter, so only matching entries are read in order. With both an
     * item and a status the index holds the rarer one and each entry found is read to check the other: most entries
     * are confirmed, so CONFIRMED is the common status and the item is then the rarer (cold 支部 pages at 5 M rows: an
     * item of a quarter of the entries 35 ms through the item index, 116 ms through the status one).
     */
    static String scopeIndex(LedgerFilter f) {
        boolean statusRare = f.status() != null && f.status() != EntryStatus.CONFIRMED;
        return statusRare || (f.status() != null && f.itemId() == null) ? "ix_ledger_entry_scope_status"
                : f.itemId() != null ? "ix_ledger_entry_scope_item" : "ix_ledger_entry_scope";
    }

    /**
     * The unit paths the ledger holds under the scopes, read now (never cached: a unit's first entry must show at
     * once). Entries keep the path they were recorded under, so the ledger, not the organization table, says which
     * paths there are; the distinct values of an index prefix are one index dive each.
     */
    private List<String> ledgerPaths(List<String> scopes) {
        Set<String> paths = new LinkedHashSet<>();
        for (String scope : scopes) {
            paths.addAll(jdbc.sql("select distinct org_path from ledger_entry where org_path like ?")
                    .param(LedgerQuery.like(scope)).query(String.class).list());
        }
        if (paths.isEmpty()) {
            // nothing recorded under the scope: one empty range keeps the statement's shape
            return List.of(scopes.getFirst());
        }
        return new ArrayList<>(paths);
    }
}
