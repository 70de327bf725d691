package io.jifen.scheme.designer.section;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A branch's extension (S9 第一党支部个性积分 under the company's S9): the scheme-wide parts the parent keeps locked
 * show the parent's values read-only with a lock note; a part the parent unlocks is the branch's to edit.
 */
class ExtensionSectionsTest extends DesignerSectionsTest {

    static final SchemeVersion BRANCH = SchemeTemplates.load("s09-gongsi-zhibu").scheme();

    @Test
    void lockedPartsShowTheParentsValuesReadOnly() {
        mount(TestUsers.QS01_SECRETARY, BRANCH, S9, false);
        TierSection tiers = section(TierSection.class);
        assertThat((Object) tiers.valueAt("$.scheme.tierSchemes[0].tiers[0].name")).isEqualTo("五星");
        assertThat(locked(tiers)).isTrue();
        for (Class<? extends SectionForm> type : List.of(PeriodSection.class, MemberClassSection.class,
                TierSection.class, EligibilitySection.class, ConsequenceSection.class, WorkflowSection.class)) {
            SectionForm form = section(type);
            assertThat(locked(form)).as(type.getSimpleName()).isTrue();
            assertThat(form.fields()).allMatch(f -> ((HasValue<?, ?>) f).isReadOnly());
            assertThat(_find(form.component(), Button.class)).noneMatch(Component::isVisible);
        }
        ((HasValue<?, String>) tiers.field("$.scheme.tierSchemes[0].name")).setValue("改名");
        assertThat(edits).as("nothing of the parent is sent back").isEmpty();

        BasicSection basic = section(BasicSection.class);
        assertThat(locked(basic)).as("the extension's own name").isFalse();
        set(basic, "$.scheme.name", "第一党支部个性积分（2026）");
        assertThat(edits).hasSize(1);
        assertThat(draft.get().tierSchemes()).as("the parent's tiers are not copied into the extension").isEmpty();
    }

    @Test
    void anUnlockedPartIsTheBranchsOwn() {
        SchemeVersion parent = new SchemeVersion(S9.id(), S9.schemeId(), S9.name(), S9.version(), null,
                S9.effectiveFrom(), S9.periodRule(), S9.memberClasses(), S9.categories(), S9.items(),
                S9.tierSchemes(), S9.eligibilityRules(), S9.consequenceRules(), S9.workflow(),
                Set.of(SchemePart.TIER_SCHEMES), S9.removedIds(), S9.ranking());
        mount(TestUsers.QS01_SECRETARY, BRANCH, parent, false);
        TierSection tiers = section(TierSection.class);
        assertThat(locked(tiers)).isFalse();
        assertThat(locked(section(WorkflowSection.class))).isTrue();
        click(tiers, "添加档次方案");
        assertThat(draft.get().tierSchemes()).hasSize(1);
        assertThat(draft.get().tierSchemes().getFirst().tiers()).extracting(t -> t.name())
                .containsExactly("合格", "不合格");
    }

    private static boolean locked(SectionForm form) {
        return _find(form.component(), Paragraph.class).stream().anyMatch(p -> p.hasClassName("designer-locked"));
    }
}
