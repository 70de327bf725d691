package io.jifen.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.jifen.exchange.ExchangeService;
import io.jifen.exchange.Redemption;
import io.jifen.exchange.Redemption.State;
import io.jifen.exchange.RedemptionFilter;
import io.jifen.ledger.ui.ReasonDialog;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.ErrorMessages;

/** The redemptions of the subtree, open ones first by default: hand a gift over, or cancel with a reason. */
class FulfilmentPanel extends VerticalLayout {

    final Select<State> state = new Select<>();
    final TextField gift = new TextField();
    final Grid<Redemption> grid = new Grid<>();
    private final transient ExchangeService exchange;
    private final JifenUser user;
    ReasonDialog cancelling;

    FulfilmentPanel(ExchangeService exchange, JifenUser user) {
        this.exchange = exchange;
        this.user = user;
        setSizeFull();
        state.setLabel(getTranslation("exchange.column.state"));
        state.setItems(State.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("exchange.state.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("exchange.state.all")
                : getTranslation("exchange.state." + s.name()));
        state.setValue(State.OPEN);
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        gift.setLabel(getTranslation("exchange.column.gift"));
        gift.setClearButtonVisible(true);
        gift.setValueChangeMode(ValueChangeMode.LAZY);
        gift.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        ExchangeColumns.history(grid, this::getTranslation, true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("exchange.column.actions")).setAutoWidth(true);
        grid.setItems(q -> exchange.queue(user, filter(), q.getOffset(), q.getLimit()).stream(),
                q -> exchange.count(user, filter()));
        add(new HorizontalLayout(state, gift), grid);
    }

    RedemptionFilter filter() {
        return new RedemptionFilter(state.getValue(), gift.getValue());
    }

    private Component actions(Redemption r) {
        if (r.state() != State.OPEN) {
            return new Span();
        }
        Button fulfil = new Button(getTranslation("exchange.action.fulfil"), e -> fulfil(r));
        fulfil.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("exchange.action.cancel"), e -> cancel(r));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(fulfil, cancel);
    }

    void fulfil(Redemption r) {
        try {
            exchange.fulfil(user, r.id());
            ErrorMessages.success(getTranslation("exchange.fulfilled", r.giftName(), r.memberName()));
        } catch (RuntimeException refused) {
            ErrorMessages.show(refused);
        }
        grid.getDataProvider().refreshAll();
    }

    void cancel(Redemption r) {
        cancelling = new ReasonDialog(getTranslation("exchange.cancel.title"), getTranslation("exchange.cancel.explain",
                r.giftName(), r.memberName()), getTranslation("exchange.action.cancel"), reason -> {
                    try {
                        exchange.cancel(user, r.id(), reason);
                        grid.getDataProvider().refreshAll();
                        return null;
                    } catch (UserFacingException refused) {
                        return getTranslation(refused.messageKey(), refused.arguments());
                    }
                });
        cancelling.open();
    }
}
