package io.jifen.scheme.extension.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.jifen.scheme.extension.ExtensionView.Budget;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Used / granted of one open category as a bar of plain Divs: the label says both numbers, the fill shows the share,
 * red with the overrun named when the branch's items can reach more than the parent grants. A {@code meter} for
 * screen readers.
 */
public class BudgetBar extends Composite<Div> {

    private final Span label = new Span();
    private final Span overrun = new Span();
    private final Div fill = new Div();
    private boolean over;

    public BudgetBar(Budget budget) {
        Div track = new Div(fill);
        track.getStyle().set("height", "0.5rem").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", "var(--lumo-contrast-10pct)").set("overflow", "hidden");
        fill.getStyle().set("height", "100%");
        overrun.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-left", "var(--lumo-space-s)");
        Div root = getContent();
        root.addClassName("jifen-budget-bar");
        root.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        root.getElement().setAttribute("role", "meter");
        root.add(new Div(label, overrun), track);
        show(budget);
    }

    public final void show(Budget budget) {
        over = budget.over();
        String used = plain(budget.used());
        String granted = plain(budget.granted());
        label.setText(getTranslation("extension.budget.label", budget.name(), used, granted));
        overrun.setText(over ? getTranslation("extension.budget.over", plain(budget.used().subtract(budget.granted())))
                : "");
        overrun.setVisible(over);
        fill.getStyle().set("width", percent(budget) + "%")
                .set("background", over ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
        getContent().getElement().setAttribute("aria-valuenow", used).setAttribute("aria-valuemin", "0")
                .setAttribute("aria-valuemax", granted).setAttribute("aria-label", label.getText());
        getContent().getElement().getClassList().set("over", over);
    }

    public boolean isOver() {
        return over;
    }

    public String label() {
        return label.getText() + (over ? " " + overrun.getText() : "");
    }

    /** The fill's width: the used share of the budget, full (and red) at or over it. */
    public String fillWidth() {
        return fill.getStyle().get("width");
    }

    public String fillColor() {
        return fill.getStyle().get("background");
    }

    private static int percent(Budget budget) {
        if (budget.granted().signum() == 0) {
            return budget.used().signum() > 0 ? 100 : 0;
        }
        BigDecimal share = budget.used().multiply(BigDecimal.valueOf(100))
                .divide(budget.granted(), 0, RoundingMode.HALF_UP);
        return Math.min(100, share.intValue());
    }

    /** Points as people write them: 35, 2.5 (no trailing zeros, no exponent). */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
