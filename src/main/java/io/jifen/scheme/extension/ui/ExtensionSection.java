package io.jifen.scheme.extension.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.extension.ExtensionChanges;
import io.jifen.scheme.extension.ExtensionView;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The designer's section on a branch's extension (issue 8 point 7): a budget bar (used / granted) for each category
 * the parent opened, and the branch's changes against its parent in words. Shown only when the draft extends a
 * parent ({@link DesignerContext#parent()} not null); it edits nothing itself — the tree and the item form do, and
 * ask {@link ExtensionView} which nodes are locked and whether an item fits its budget.
 */
public class ExtensionSection implements DesignerSection {

    private final DesignerContext context;
    private final Div root = new Div();
    private final Div bars = new Div();
    private final UnorderedList changes = new UnorderedList();
    private final Paragraph noChanges = new Paragraph();
    private final List<BudgetBar> budgetBars = new ArrayList<>();
    private ExtensionView view;

    public ExtensionSection(DesignerContext context) {
        this.context = context;
        root.addClassName("jifen-extension-section");
        Paragraph legend = new Paragraph(lockMark(), new com.vaadin.flow.component.html.Span(
                root.getTranslation("extension.lockLegend")));
        noChanges.setText(root.getTranslation("extension.changes.none"));
        root.add(legend, new H4(root.getTranslation("extension.budgets")), bars,
                new H4(root.getTranslation("extension.changes")), noChanges, changes);
    }

    /** The lock mark the tree shows beside a node the parent locked. */
    public static Icon lockMark() {
        Icon lock = VaadinIcon.LOCK.create();
        lock.addClassName("jifen-lock-mark");
        lock.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("margin-inline-end", "var(--lumo-space-xs)");
        lock.getElement().setAttribute("title", lock.getTranslation("extension.locked"));
        lock.getElement().setAttribute("aria-label", lock.getTranslation("extension.locked"));
        return lock;
    }

    @Override
    public String titleKey() {
        return "extension.title";
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void show(SchemeVersion draft) {
        view = ExtensionView.of(draft, context.parent());
        bars.removeAll();
        budgetBars.clear();
        view.budgets().forEach(b -> budgetBars.add(new BudgetBar(b)));
        budgetBars.forEach(bars::add);
        changes.removeAll();
        ExtensionChanges.of(draft, context.parent()).forEach(c ->
                changes.add(new ListItem(c.format(com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        noChanges.setVisible(changes.getChildren().findAny().isEmpty());
    }

    /** The budget overruns are marked on the bars already; the item fields show their own issues. */
    @Override
    public void showIssues(List<ValidationIssue> issues) {
        // nothing of this section is a field
    }

    @Override
    public boolean focus(String path) {
        return false;
    }

    /** The model behind what is shown, for the tree's lock marks and the item form's budget check. */
    public ExtensionView view() {
        return view;
    }

    public List<BudgetBar> budgetBars() {
        return List.copyOf(budgetBars);
    }

    public List<String> changeTexts() {
        return changes.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
