package io.jifen.todo.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.jifen.security.CurrentUser;
import io.jifen.todo.TodoService;

/**
 * The header's todo badge: a link to 我的待办 with the number waiting for the user, read again after every
 * navigation (a decision taken on another page shows on the next one). Hidden when nothing waits or nobody is signed
 * in.
 */
public class TodoBadge extends Composite<RouterLink> {

    private final transient TodoService todos;
    final Span count = new Span();
    private Registration navigation;

    TodoBadge(TodoService todos) {
        this.todos = todos;
        RouterLink link = getContent();
        link.setRoute(TodoView.class);
        link.addClassName("jifen-todo-badge");
        count.getElement().getThemeList().add("badge error pill small primary");
        link.add(new Icon(VaadinIcon.BELL_O), count);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
        }
        super.onDetach(event);
    }

    /** Reads the user's count now. */
    public void refresh() {
        long n = CurrentUser.find().map(todos::count).orElse(0L);
        count.setText(n > 99 ? "99+" : Long.toString(n));
        getContent().getElement().setAttribute("title", getTranslation("todo.badge.title", n));
        getContent().getElement().setAttribute("aria-label", getTranslation("todo.badge.title", n));
        setVisible(n > 0);
    }
}
