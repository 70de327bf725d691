package io.jifen.followup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.followup.FollowUpService;
import io.jifen.followup.FollowUpTask;
import io.jifen.followup.TaskFilter;
import io.jifen.followup.TaskFilter.Show;
import io.jifen.organization.Organization;
import io.jifen.score.ScoreService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.IsoDates;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 后续任务: the follow-ups of the user's scope, lazily paged; filters by state and action; generation from a unit's
 * results; completion with notes. Keyboard: Enter on a row or Alt+D opens the completion dialog, Alt+G generates.
 */
@Route("tasks")
@Menu(title = "nav.tasks", order = 6.5, icon = "vaadin:tasks")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class TaskView extends VerticalLayout implements HasDynamicTitle {

    private final transient FollowUpService tasks;
    private final JifenUser user = CurrentUser.require();
    private final Clock clock;
    final Select<Show> show = new Select<>();
    final ComboBox<String> action = new ComboBox<>(getTranslation("followup.filter.action"));
    final ComboBox<Organization> unit = new ComboBox<>(getTranslation("followup.unit"));
    final DatePicker day = IsoDates.apply(new DatePicker(getTranslation("followup.day")));
    final Button generate = new Button(getTranslation("followup.generate"));
    final Button complete = new Button(getTranslation("followup.complete"));
    final Grid<FollowUpTask> grid = new Grid<>();
    private FollowUpTask focused;

    TaskView(FollowUpService tasks, ScoreService scores, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        addClassName("jifen-view");
        setSizeFull();
        add(new H2(getTranslation("followup.title")), filters(), generator(scores), grid);
        columns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.addSelectionListener(e -> complete.setEnabled(e.getFirstSelectedItem().filter(this::open).isPresent()));
        grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> openDialog(focused), Key.ENTER).listenOn(grid);
        refresh();
    }

    private HorizontalLayout filters() {
        show.setLabel(getTranslation("followup.filter.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("followup.show." + s.name()));
        show.setValue(Show.OPEN);
        show.addValueChangeListener(e -> refresh());
        action.setItems(tasks.actions(user));
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("followup.filter.anyAction"));
        action.addValueChangeListener(e -> refresh());
        complete.setEnabled(false);
        complete.addClickShortcut(Key.KEY_D, KeyModifier.ALT);
        complete.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openDialog));
        HorizontalLayout row = new HorizontalLayout(show, action, complete);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout generator(ScoreService scores) {
        List<Organization> units = scores.units(user).stream().filter(o -> o.getType().holdsMembers()).toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        units.stream().findFirst().ifPresent(unit::setValue);
        day.setValue(LocalDate.now(clock));
        generate.addClickShortcut(Key.KEY_G, KeyModifier.ALT);
        generate.addClickListener(e -> generate());
        HorizontalLayout row = new HorizontalLayout(unit, day, generate);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void columns() {
        grid.addColumn(FollowUpTask::memberName).setHeader(getTranslation("followup.col.member")).setAutoWidth(true);
        grid.addColumn(t -> actionLabel(t.action())).setHeader(getTranslation("followup.col.action"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.reason(getLocale())).setHeader(getTranslation("followup.col.reason")).setFlexGrow(2);
        grid.addColumn(FollowUpTask::assigneeName).setHeader(getTranslation("followup.col.assignee"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.dueOn() == null ? getTranslation("followup.noDue") : t.dueOn().toString())
                .setHeader(getTranslation("followup.col.due")).setAutoWidth(true);
        grid.addColumn(this::stateLabel).setHeader(getTranslation("followup.col.state")).setAutoWidth(true);
        grid.addColumn(t -> t.completedOn() == null ? "" : getTranslation("followup.completedBy",
                t.completedOn().toString(), t.completedBy(), t.completionNotes()))
                .setHeader(getTranslation("followup.col.completed")).setFlexGrow(2);
    }

    String actionLabel(String code) {
        String label = getTranslation("followup.action." + code);
        return label.startsWith("!") ? code : label;
    }

    String stateLabel(FollowUpTask t) {
        LocalDate today = LocalDate.now(clock);
        return getTranslation(t.overdue(today) ? "followup.state.overdue" : "followup.state." + t.state().name());
    }

    private boolean open(FollowUpTask t) {
        return t.state() == FollowUpTask.State.OPEN;
    }

    void refresh() {
        TaskFilter f = new TaskFilter(show.getValue(), action.getValue());
        grid.setItems(q -> tasks.page(user, f, q.getOffset(), q.getLimit()).stream(), q -> (int) tasks.count(user, f));
    }

    void generate() {
        if (unit.getValue() == null || day.getValue() == null) {
            return;
        }
        var g = tasks.generate(user, unit.getValue().getId(), day.getValue());
        Notification.show(getTranslation("followup.generated", g.created(), g.existing()));
        action.setItems(tasks.actions(user));
        refresh();
    }

    void openDialog(FollowUpTask t) {
        if (t == null || !open(t)) {
            return;
        }
        new CompleteDialog(t, actionLabel(t.action()), LocalDate.now(clock), (on, notes) -> {
            try {
                tasks.complete(user, t.id(), on, notes);
                Notification.show(getTranslation("followup.completed"));
                refresh();
                return null;
            } catch (UserFacingException e) {
                return getTranslation(e.messageKey(), e.arguments());
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.title") + " · " + getTranslation("app.title");
    }
}
