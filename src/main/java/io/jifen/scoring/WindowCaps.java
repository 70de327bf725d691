package io.jifen.scoring;

import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.WindowCap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Rule 1 for one member: what each item's window cap ("全年最多12分") still allows in the current assessed period.
 * The periods of a member are scored in time order, so the use of the window so far is a running sum per item,
 * restarted when a period falls into the next window.
 */
final class WindowCaps {

    /** Occurrences and points an item may still give in its window; null fields are unlimited. */
    record Allowance(WindowCap cap, Period window, Integer count, BigDecimal points) {
    }

    private record Used(Period window, int count, BigDecimal points) {
    }

    private final int yearStartMonth;
    private final Map<String, Used> used = new HashMap<>();

    WindowCaps(int yearStartMonth) {
        this.yearStartMonth = yearStartMonth;
    }

    /** What the item may still give in the window holding {@code period}; null when it has no window cap. */
    Allowance allowance(Item item, Period period) {
        WindowCap cap = item.windowCap();
        if (cap == null) {
            return null;
        }
        Period window = cap.window().windowOf(period.start(), yearStartMonth);
        Used u = used.get(item.id());
        int count = u != null && u.window().equals(window) ? u.count() : 0;
        BigDecimal points = u != null && u.window().equals(window) ? u.points() : Points.ZERO;
        return new Allowance(cap, window,
                cap.maxCount() == null ? null : Math.max(0, cap.maxCount() - count),
                cap.maxPoints() == null ? null : cap.maxPoints().subtract(points).max(Points.ZERO));
    }

    /** Records what the item gave in the period (counted occurrences, capped magnitude). */
    void consume(Allowance a, String itemId, int count, BigDecimal magnitude) {
        if (a == null) {
            return;
        }
        Used u = used.get(itemId);
        boolean same = u != null && u.window().equals(a.window());
        used.put(itemId, new Used(a.window(), (same ? u.count() : 0) + count,
                (same ? u.points() : Points.ZERO).add(magnitude)));
    }
}
