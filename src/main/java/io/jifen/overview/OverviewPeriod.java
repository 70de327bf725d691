package io.jifen.overview;

import io.jifen.score.ScoreRow;
import java.time.LocalDate;

/** A period with stored results in a subtree: an assessed period or an evaluation year. */
public record OverviewPeriod(ScoreRow.Level level, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
