package io.jifen.scheme.designer.section;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.Icon;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.designer.DesignerSections;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.SchemeValidator;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mounts the designer's scheme-wide sections standalone, as the designer will: the draft lives in an
 * {@link AtomicReference}, every edit is applied to it, then every section is shown the new draft and the validator's
 * issues. Shared by the section tests.
 */
abstract class DesignerSectionsTest extends KaribuTest {

    static final SchemeVersion S9 = SchemeTemplates.load("s09-gongsi-wuxing").scheme();

    @Autowired
    DesignerSections designerSections;
    @Autowired
    JdbcTemplate jdbc;

    final AtomicReference<SchemeVersion> draft = new AtomicReference<>();
    final List<UnaryOperator<SchemeVersion>> edits = new ArrayList<>();
    List<DesignerSection> sections;
    private SchemeVersion parent;

    /** Opens a UI as {@code user} with every section on {@code start}. */
    void mount(JifenUser user, SchemeVersion start, boolean readOnly) {
        mount(user, start, null, readOnly);
    }

    /** As {@link #mount(JifenUser, SchemeVersion, boolean)} for a branch's extension of {@code parent}. */
    void mount(JifenUser user, SchemeVersion start, SchemeVersion parent, boolean readOnly) {
        openAs(user);
        this.parent = parent;
        draft.set(start);
        edits.clear();
        long organization = jdbc.queryForObject("select id from organization where code = ?", Long.class,
                user.orgCode());
        DesignerContext context = new DesignerContext(user, organization, parent, readOnly, edit -> {
            edits.add(edit);
            draft.updateAndGet(edit);
            refresh();
        });
        sections = designerSections.create(context);
        sections.forEach(s -> UI.getCurrent().add(s.component()));
        refresh();
    }

    private void refresh() {
        var issues = SchemeValidator.validate(draft.get(), parent).issues();
        sections.forEach(s -> s.show(draft.get()));
        sections.forEach(s -> s.showIssues(issues));
    }

    @SuppressWarnings("unchecked")
    <T extends SectionForm> T section(Class<T> type) {
        return (T) sections.stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static <V> void set(SectionForm section, String path, V value) {
        Component field = section.field(path);
        assertThat(field).as(path).isNotNull();
        _setValue((HasValue<?, V>) field, value);
    }

    /** Clicks the first button with this text in the section. */
    static void click(SectionForm section, String text) {
        click(section, text, 0);
    }

    static void click(SectionForm section, String text, int index) {
        List<Button> buttons = _find(section.component(), Button.class, spec -> spec.withText(text));
        assertThat(buttons).as(text).hasSizeGreaterThan(index);
        _click(buttons.get(index));
    }

    static HasValidation validation(SectionForm section, String path) {
        return (HasValidation) section.field(path);
    }

    /** The draft as a document: what the sections did, compared as the stored JSON would be. */
    String written() {
        return SchemeDocuments.write(draft.get());
    }

    static String written(SchemeVersion expected) {
        return SchemeDocuments.write(expected);
    }

    /** Every field a section shows explains itself in Chinese (no missing bundle key). */
    static void helperTextsPresent(SectionForm section) {
        assertThat(section.fields()).isNotEmpty();
        for (Component field : section.fields()) {
            if (field instanceof HasHelper h) {
                assertThat(h.getHelperText()).as(field.toString()).isNotBlank().doesNotStartWith("!");
            }
        }
    }

    static List<Icon> warningMarks(SectionForm section) {
        return _find(section.component(), Icon.class).stream()
                .filter(i -> i.hasClassName("designer-unlinked") && i.isVisible()).toList();
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(SectionForm section, String path) {
        return (ComboBox<T>) section.field(path);
    }
}
