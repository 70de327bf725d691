package io.jifen.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.exchange.Gift;
import io.jifen.exchange.GiftCatalogue;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import java.util.List;

/** The catalogue grid: paged from the database; a double click or Enter on a row opens it in the editor. */
class GiftsPanel extends VerticalLayout {

    final Grid<Gift> grid = new Grid<>();
    final Button add = new Button();
    private final transient GiftCatalogue catalogue;
    private final List<Organization> units;
    private final JifenUser user;
    GiftDialog editor;

    GiftsPanel(GiftCatalogue catalogue, List<Organization> units, JifenUser user) {
        this.catalogue = catalogue;
        this.units = units;
        this.user = user;
        setSizeFull();
        add.setText(getTranslation("exchange.gift.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        grid.addColumn(Gift::name).setHeader(getTranslation("exchange.column.gift")).setAutoWidth(true);
        grid.addColumn(Gift::unitName).setHeader(getTranslation("exchange.column.unit")).setAutoWidth(true);
        grid.addColumn(g -> ExchangeColumns.points(g.points())).setHeader(getTranslation("exchange.column.points"));
        grid.addColumn(Gift::stock).setHeader(getTranslation("exchange.column.stock"));
        grid.addColumn(g -> g.activeFrom() + " ~ " + g.activeTo()).setHeader(getTranslation("exchange.column.window"))
                .setAutoWidth(true);
        grid.addColumn(g -> getTranslation(g.enabled() ? "exchange.gift.enabled" : "exchange.gift.disabled"))
                .setHeader(getTranslation("exchange.column.enabled"));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.addItemClickListener(e -> grid.select(e.getItem()));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(this::edit)).setFilter("event.key === 'Enter'");
        grid.setItems(q -> catalogue.managed(user, q.getOffset(), q.getLimit()).stream(),
                q -> catalogue.countManaged(user));
        add(add, grid);
    }

    void edit(Gift gift) {
        editor = new GiftDialog(catalogue, units, user, gift, saved -> grid.getDataProvider().refreshAll());
        editor.open();
    }
}
