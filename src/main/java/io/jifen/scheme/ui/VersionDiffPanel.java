package io.jifen.scheme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.result.Phrase;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.ErrorMessages;
import java.util.List;

/** 比较两个版本: pick two versions of the scheme, read what changed from the first to the second in words. */
class VersionDiffPanel extends VerticalLayout {

    final Select<SchemeVersionRecord> from = new Select<>();
    final Select<SchemeVersionRecord> to = new Select<>();
    final Button compare = new Button(getTranslation("versions.compare.run"));
    final UnorderedList changes = new UnorderedList();
    final Paragraph same = new Paragraph(getTranslation("versions.compare.same"));

    private final transient SchemeService schemes;
    private final JifenUser user;

    VersionDiffPanel(SchemeService schemes, JifenUser user) {
        this.schemes = schemes;
        this.user = user;
        setPadding(false);
        from.setLabel(getTranslation("versions.compare.from"));
        to.setLabel(getTranslation("versions.compare.to"));
        from.setHelperText(getTranslation("versions.compare.helper"));
        for (Select<SchemeVersionRecord> s : List.of(from, to)) {
            s.setItemLabelGenerator(v -> getTranslation("versions.label", v.getNumber(),
                    getTranslation("schemes.status." + v.getStatus().name())));
        }
        compare.addClickListener(e -> compare());
        HorizontalLayout pick = new HorizontalLayout(from, to, compare);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        same.setVisible(false);
        add(pick, changes, same);
    }

    /** The scheme's versions, newest first; the newest is compared with the one before it. */
    void setVersions(List<SchemeVersionRecord> newestFirst) {
        from.setItems(newestFirst);
        to.setItems(newestFirst);
        if (!newestFirst.isEmpty()) {
            to.setValue(newestFirst.getFirst());
            from.setValue(newestFirst.size() > 1 ? newestFirst.get(1) : newestFirst.getFirst());
        }
        compare.setEnabled(newestFirst.size() > 1);
    }

    void compare() {
        changes.removeAll();
        same.setVisible(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            List<Phrase> found = schemes.diff(user, from.getValue().getId(), to.getValue().getId());
            found.forEach(p -> changes.add(new ListItem(ExplanationMessages.format(p, getLocale()))));
            same.setVisible(found.isEmpty());
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    /** The lines shown, as a reader sees them. */
    List<String> lines() {
        return changes.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }
}
