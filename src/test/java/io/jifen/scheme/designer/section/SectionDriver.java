package io.jifen.scheme.designer.section;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import io.jifen.scheme.designer.DesignerSection;
import java.util.List;

/**
 * What a test needs to work a scheme-wide section as a user does: the field shown for a validation path (looked up
 * afresh each time, because a section builds its rows again when the draft's structure changes) and its buttons by
 * their caption.
 */
public final class SectionDriver {

    private SectionDriver() {
    }

    /** The field at {@code path} ({@code $.scheme.tierSchemes[0].tiers[1].min}); fails when the section has none. */
    public static Component field(DesignerSection section, String path) {
        Component f = ((SectionForm) section).field(path);
        if (f == null) {
            throw new AssertionError("the section " + section.titleKey() + " shows no field for " + path);
        }
        return f;
    }

    /** Types a value into the field at {@code path}, as a user would; a value already shown is left alone. */
    @SuppressWarnings("unchecked")
    public static <V> void type(DesignerSection section, String path, V value) {
        HasValue<?, V> f = (HasValue<?, V>) field(section, path);
        if (f.isReadOnly()) {
            throw new AssertionError(path + " is read-only");
        }
        V shown = value == null ? f.getEmptyValue() : value;
        if (!java.util.Objects.equals(f.getValue(), shown)) {
            f.setValue(shown);
        }
    }

    @SuppressWarnings("unchecked")
    public static <V> V value(DesignerSection section, String path) {
        return ((HasValue<?, V>) field(section, path)).getValue();
    }

    /** Clicks the {@code index}th visible button captioned with the text of {@code key} (0: the first shown). */
    public static void click(DesignerSection section, String key, int index) {
        String caption = section.component().getTranslation(key);
        List<Button> buttons = _find(section.component(), Button.class).stream()
                .filter(b -> caption.equals(b.getText()) && b.isVisible() && b.isEnabled()).toList();
        if (buttons.size() <= index) {
            throw new AssertionError("no button " + index + " captioned " + caption + " in " + section.titleKey());
        }
        buttons.get(index).click();
    }
}
