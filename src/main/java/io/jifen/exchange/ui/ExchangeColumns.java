package io.jifen.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import io.jifen.exchange.Redemption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

/** The redemption columns both pages show, and how points and times read. */
final class ExchangeColumns {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ExchangeColumns() {
    }

    /** @param withMember the queue shows whose redemption it is; the member's own history does not */
    static void history(Grid<Redemption> grid, BiFunction<String, Object[], String> t, boolean withMember) {
        if (withMember) {
            grid.addColumn(Redemption::memberName).setHeader(t.apply("exchange.column.member", new Object[0]))
                    .setAutoWidth(true);
            grid.addColumn(Redemption::unitName).setHeader(t.apply("exchange.column.unit", new Object[0]))
                    .setAutoWidth(true);
        }
        grid.addColumn(Redemption::giftName).setHeader(t.apply("exchange.column.gift", new Object[0]))
                .setAutoWidth(true);
        grid.addColumn(r -> points(r.points())).setHeader(t.apply("exchange.column.points", new Object[0]));
        grid.addColumn(r -> at(r.redeemedAt())).setHeader(t.apply("exchange.column.redeemedAt", new Object[0]))
                .setAutoWidth(true);
        grid.addColumn(r -> t.apply("exchange.state." + r.state().name(), new Object[0]))
                .setHeader(t.apply("exchange.column.state", new Object[0]));
        grid.addColumn(r -> r.closedBy() == null ? "" : r.closedBy() + " " + at(r.closedAt()))
                .setHeader(t.apply("exchange.column.closed", new Object[0])).setAutoWidth(true);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(t.apply("exchange.column.note",
                new Object[0]));
    }

    static String points(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    static String at(Instant i) {
        return i == null ? "" : AT.format(i);
    }
}
