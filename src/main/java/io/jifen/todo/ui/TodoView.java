package io.jifen.todo.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.todo.Todo;
import io.jifen.todo.TodoService;
import jakarta.annotation.security.PermitAll;

/**
 * 我的待办: everything waiting for the user, across reviews, objections, tasks and redemptions, each with a button to
 * where it is handled. Enter on a focused row opens it too.
 */
@Route("todos")
@Menu(title = "nav.todos", order = 0.5, icon = "vaadin:tasks")
@PermitAll
class TodoView extends VerticalLayout implements HasDynamicTitle {

    private final transient TodoService todos;
    private final JifenUser user = CurrentUser.require();
    final Grid<Todo> grid = new Grid<>();
    final Span counter = new Span();
    private Todo focused;

    TodoView(TodoService todos) {
        this.todos = todos;
        addClassName("jifen-view");
        setSizeFull();
        columns();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("todo.title")), counter);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, grid);
        setFlexGrow(1, grid);
        long count = todos.count(user);
        counter.setText(getTranslation("todo.count", count));
        grid.setItems(q -> todos.page(user, q.getOffset(), q.getLimit()).stream(), q -> (int) todos.count(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("todo.title");
    }

    private void columns() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(t -> getTranslation("todo.kind." + t.kind().name())).setHeader(getTranslation("todo.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::title).setHeader(getTranslation("todo.column.title")).setFlexGrow(1);
        grid.addColumn(t -> t.assignee().unitName()).setHeader(getTranslation("todo.column.unit")).setAutoWidth(true);
        grid.addColumn(t -> t.due() == null ? "" : t.due().toString()).setHeader(getTranslation("todo.column.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("todo.action.open"), e -> open(t));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader(getTranslation("todo.column.action")).setKey("action").setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
    }

    String title(Todo t) {
        return getTranslation(t.titleKey(), t.operands().toArray());
    }

    void open(Todo t) {
        if (t != null) {
            UI.getCurrent().navigate(t.route());
        }
    }
}
