package io.jifen.exchange.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.exchange.ExchangeCategories;
import io.jifen.exchange.ExchangeService;
import io.jifen.exchange.GiftCatalogue;
import io.jifen.organization.OrganizationService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * 兑换管理 for admins and secretaries: the gift catalogue of their subtree, which categories feed the exchange
 * balance (admins set them), and the redemptions to hand over.
 */
@Route("exchange-admin")
@Menu(title = "nav.exchangeAdmin", order = 7.5, icon = "vaadin:gift")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class ExchangeAdminView extends VerticalLayout implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final GiftsPanel gifts;
    final CategoriesPanel categories;
    final FulfilmentPanel fulfilment;

    ExchangeAdminView(GiftCatalogue catalogue, ExchangeCategories choices, ExchangeService exchange,
            OrganizationService organizations) {
        JifenUser user = CurrentUser.require();
        addClassName("jifen-view");
        setSizeFull();
        var units = organizations.tree(user);
        fulfilment = new FulfilmentPanel(exchange, user);
        gifts = new GiftsPanel(catalogue, units, user);
        categories = new CategoriesPanel(choices, units, user);
        tabs.add(getTranslation("exchange.admin.tab.fulfilment"), fulfilment);
        tabs.add(getTranslation("exchange.admin.tab.gifts"), gifts);
        tabs.add(getTranslation("exchange.admin.tab.categories"), categories);
        tabs.setSizeFull();
        add(new H2(getTranslation("exchange.admin.title")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.admin.title") + " · " + getTranslation("app.title");
    }
}
