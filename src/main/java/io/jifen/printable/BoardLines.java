package io.jifen.printable;

import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.security.JifenUser;
import java.util.ArrayList;
import java.util.List;

/** A whole board read page by page: a 公示 sheet or a template holds one unit's members, a few hundred at most. */
final class BoardLines {

    private static final int PAGE = 1000;

    private BoardLines() {
    }

    static List<Line> all(ScoreBoard board, JifenUser user, Query q) {
        List<Line> all = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            List<Line> page = board.page(user, q, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
