package io.jifen.exchange.ui;

import io.jifen.exchange.ExchangeService;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** 积分兑换 for those on the roster only: an admin without a member record has no balance. */
@Component
class ExchangeMenu implements MenuVisibility {

    private final ExchangeService exchange;

    ExchangeMenu(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        return view == ExchangeView.class && exchange.me(user).isEmpty();
    }
}
