package io.jifen.ledger.ui;

import com.vaadin.flow.component.html.Span;
import io.jifen.ledger.EntryStatus;

/**
 * An entry's status as a Lumo badge whose colour says where it stands: confirmed green, rejected red, pending in the
 * theme's colour, withdrawn and reversal marks grey. The theme's primary colour is the party red, so one colour for
 * every status read as an alarm on every confirmed entry.
 */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(String text, EntryStatus status, boolean reversalMark) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        String colour = reversalMark || status == EntryStatus.WITHDRAWN ? "contrast"
                : status == EntryStatus.CONFIRMED ? "success" : status == EntryStatus.REJECTED ? "error" : null;
        if (colour != null) {
            s.getElement().getThemeList().add(colour);
        }
        return s;
    }
}
