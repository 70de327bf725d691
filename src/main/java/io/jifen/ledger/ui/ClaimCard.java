package io.jifen.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.query.LedgerRow;
import java.util.function.Consumer;

/** One of the member's own entries on the phone-width claims page: what, when, where it stands, and 撤回. */
class ClaimCard extends Div {

    final Span status;
    final Button withdraw = new Button();

    ClaimCard(LedgerRow r, String username, Consumer<LedgerRow> onWithdraw) {
        addClassName("jifen-card");
        getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span title = new Span(r.itemName() + (r.optionLabel() == null ? "" : " · " + r.optionLabel()));
        title.getStyle().set("font-weight", "600");
        status = StatusBadge.of(statusText(r), r.status(), false);
        add(new Div(title), new Div(new Span(r.date().toString() + " · "
                + getTranslation("ledger.claim.points", ItemRules.plain(r.points()), r.count())), new Span(" "),
                status));
        if (r.basis() != null) {
            add(new Paragraph(r.basis()));
        }
        if (r.status() == EntryStatus.REJECTED && r.reason() != null) {
            add(new Paragraph(getTranslation("ledger.claim.rejectedBecause", r.reason())));
        }
        if (r.status() == EntryStatus.PENDING && username.equals(r.recordedBy())) {
            withdraw.setText(getTranslation("ledger.action.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
            withdraw.setWidthFull();
            withdraw.addClickListener(e -> onWithdraw.accept(r));
            add(withdraw);
        }
    }

    private String statusText(LedgerRow r) {
        String s = getTranslation("ledger.status." + r.status().name());
        if (r.status() == EntryStatus.PENDING) {
            String step = r.stepName() != null ? r.stepName() : getTranslation("ledger.claims.defaultStep");
            return getTranslation("ledger.claim.waitingAt", s, step);
        }
        if (r.isReversal()) {
            return getTranslation("ledger.mark.reversal", s, r.reverses());
        }
        return r.isReversed() ? getTranslation("ledger.mark.reversed", s, r.reversedBy()) : s;
    }
}
