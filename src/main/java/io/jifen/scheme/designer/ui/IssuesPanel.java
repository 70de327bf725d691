package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The current findings of the validation in words, errors first, each with its place; choosing one takes the user
 * to the field (the view selects the node or section and focuses it).
 */
class IssuesPanel extends VerticalLayout {

    /** One line of the list. */
    record Entry(ValidationIssue issue, IssuePlace place, String text, Button button) {
    }

    final H4 summary = new H4();
    final List<Entry> entries = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final BiConsumer<ValidationIssue, IssuePlace> open;

    IssuesPanel(BiConsumer<ValidationIssue, IssuePlace> open) {
        this.open = open;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        addClassName("jifen-designer-issues");
        add(summary, list);
    }

    void show(List<ValidationIssue> issues, SchemeVersion version) {
        list.removeAll();
        entries.clear();
        List<ValidationIssue> ordered = new ArrayList<>(issues.stream().filter(ValidationIssue::isError).toList());
        ordered.addAll(issues.stream().filter(i -> !i.isError()).toList());
        long errors = issues.stream().filter(ValidationIssue::isError).count();
        summary.setText(issues.isEmpty() ? getTranslation("designer.issues.none")
                : getTranslation("designer.issues.summary", errors, issues.size() - errors));
        for (ValidationIssue issue : ordered) {
            IssuePlace place = IssuePlace.of(issue, version, this::getTranslation);
            String text = getTranslation(issue.isError() ? "designer.issues.error" : "designer.issues.warning",
                    place.words(), ValidationMessages.format(issue, getLocale()));
            Button button = new Button(text, e -> open.accept(issue, place));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE,
                    issue.isError() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            button.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
            list.add(button);
            entries.add(new Entry(issue, place, text, button));
        }
        if (issues.isEmpty()) {
            list.add(new Span(getTranslation("designer.issues.noneHelp")));
        }
    }
}
