package io.jifen.publication;

import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a new revision changed against the one before: the members whose total or tier moved, kept as JSON lines
 * (name, total before, total after, tier before, tier after) and shown with the revision number (bundle key {@code publication.sheet.changes}) and the list.
 */
final class Changes {

    record Change(String memberName, String before, String after, String tierBefore, String tierAfter) {
    }

    private Changes() {
    }

    static String between(List<SnapshotRow> before, List<SnapshotRow> after) {
        Map<Long, SnapshotRow> old = new HashMap<>();
        before.forEach(r -> old.put(r.memberId(), r));
        List<Change> out = new ArrayList<>();
        for (SnapshotRow r : after) {
            SnapshotRow o = old.get(r.memberId());
            BigDecimal was = o == null ? null : o.total();
            String tierWas = o == null ? null : o.tierName();
            if (was == null || was.compareTo(r.total()) != 0 || !Objects.equals(tierWas, r.tierName())) {
                out.add(new Change(r.memberName(), was == null ? "—" : plain(was), plain(r.total()),
                        tierWas == null ? "—" : tierWas, r.tierName() == null ? "—" : r.tierName()));
            }
        }
        return Reasons.json(out);
    }

    /** The changes as lines a reader understands, in their language. */
    static List<String> render(String json, Messages messages, Locale locale) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Change> list = Reasons.read(json, Change.class);
        return list.stream().map(c -> messages.getTranslation("publication.change.line", locale, c.memberName(),
                c.before(), c.after(), c.tierBefore(), c.tierAfter())).toList();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
