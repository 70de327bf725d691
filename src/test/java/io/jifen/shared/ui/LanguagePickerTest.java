package io.jifen.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language picker names each language in itself, from the bundles, whatever language the UI is in. */
class LanguagePickerTest extends KaribuTest {

    @Test
    void eachLanguageIsNamedInItself() {
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().navigate("members");
        @SuppressWarnings("unchecked")
        Select<Locale> picker = _find(Select.class).stream()
                .filter(s -> s.getListDataView().getItems().anyMatch(Locale.ENGLISH::equals))
                .map(s -> (Select<Locale>) s).findFirst().orElseThrow();
        assertThat(picker.getItemLabelGenerator().apply(Locale.ENGLISH)).isEqualTo("English");
        assertThat(picker.getItemLabelGenerator().apply(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中文");
    }
}
