package io.jifen.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.exchange.Balance;
import io.jifen.exchange.ExchangeService;
import io.jifen.exchange.Gift;
import io.jifen.exchange.Redemption;
import io.jifen.organization.Member;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * 积分兑换 for a member: the exchange balance (apart from the honour score), the gifts that can be redeemed today as
 * cards, redeeming with a confirmation, and the member's own redemptions. Found through the login only.
 */
@Route("exchange")
@Menu(title = "nav.exchange", order = 8.7, icon = "vaadin:gift")
@PermitAll
class ExchangeView extends VerticalLayout implements HasDynamicTitle {

    private final transient ExchangeService exchange;
    private final JifenUser user = CurrentUser.require();
    private final Long memberId;
    final Div balance = new Div();
    final FlexLayout cards = new FlexLayout();
    final Grid<Redemption> history = new Grid<>();
    ConfirmDialog confirmation;

    ExchangeView(ExchangeService exchange) {
        this.exchange = exchange;
        addClassName("jifen-view");
        setMaxWidth("60rem");
        add(new H2(getTranslation("exchange.my.title")));
        Optional<Member> me = exchange.me(user);
        memberId = me.map(Member::getId).orElse(null);
        if (memberId == null) {
            add(new Paragraph(getTranslation("exchange.my.notLinked")));
            return;
        }
        balance.addClassName("score-card");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        ExchangeColumns.history(history, this::getTranslation, false);
        history.setAllRowsVisible(true);
        add(balance, new H3(getTranslation("exchange.my.catalogue")), cards,
                new H3(getTranslation("exchange.my.history")), history);
        refresh();
    }

    void refresh() {
        Optional<Balance> b = exchange.balance(user, memberId);
        balance.removeAll();
        balance.add(new H3(getTranslation("exchange.my.balance")));
        b.ifPresentOrElse(x -> balance.add(
                new Paragraph(getTranslation("exchange.my.available", ExchangeColumns.points(x.available()))),
                new Paragraph(getTranslation("exchange.my.earnedSpent", ExchangeColumns.points(x.earned()),
                        ExchangeColumns.points(x.spent()), x.year().start(), x.year().end()))),
                () -> balance.add(new Paragraph(getTranslation("exchange.refused.noScheme"))));
        cards.removeAll();
        var gifts = exchange.catalogue(user, memberId);
        if (gifts.isEmpty()) {
            cards.add(new Paragraph(getTranslation("exchange.my.noGifts")));
        }
        gifts.forEach(g -> cards.add(card(g)));
        history.setItems(exchange.history(user, memberId));
    }

    private Component card(Gift g) {
        Div card = new Div();
        card.addClassName("score-card");
        card.getStyle().set("min-width", "12rem");
        Button redeem = new Button(getTranslation("exchange.my.redeem"), e -> confirm(g));
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.setEnabled(g.stock() > 0);
        card.add(new H3(g.name()), new Paragraph(getTranslation("exchange.gift.points", ExchangeColumns.points(
                g.points()))), new Paragraph(getTranslation("exchange.gift.stockLeft", g.stock())),
                new Paragraph(getTranslation("exchange.gift.window", g.activeFrom(), g.activeTo())), redeem);
        return card;
    }

    void confirm(Gift g) {
        confirmation = new ConfirmDialog(getTranslation("exchange.my.confirm.title"),
                getTranslation("exchange.my.confirm.text", g.name(), ExchangeColumns.points(g.points())),
                getTranslation("exchange.my.redeem"), e -> redeem(g));
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("exchange.action.back"));
        confirmation.open();
    }

    void redeem(Gift g) {
        try {
            exchange.redeem(user, memberId, g.id());
            ErrorMessages.success(getTranslation("exchange.my.redeemed", g.name()));
        } catch (RuntimeException refused) {
            ErrorMessages.show(refused);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.my.title") + " · " + getTranslation("app.title");
    }
}
