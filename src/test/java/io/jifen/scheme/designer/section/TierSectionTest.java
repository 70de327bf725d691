package io.jifen.scheme.designer.section;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 档次 on S9's stars (五星 ≥90, 四星 ≥80, 三星 ≥70, 二星 ≥60, 一星 below): overlapping thresholds are shown at the
 * tier's field by the validator and on the ruler, and both clear when fixed; a gap (no lowest tier) is shown on the
 * ruler and at the field without reaching the draft; the ruler follows typing before anything is sent.
 */
class TierSectionTest extends DesignerSectionsTest {

    static final String STARS = "$.scheme.tierSchemes[0]";
    static final String FOUR_STARS_MIN = STARS + ".tiers[1].min";
    static final String ONE_STAR_MIN = STARS + ".tiers[4].min";

    TierSection tiers;

    @BeforeEach
    void open() {
        mount(TestUsers.QS_ADMIN, S9, false);
        tiers = section(TierSection.class);
    }

    @Test
    void overlappingThresholdsShowAtTheFieldAndOnTheRulerAndClearWhenFixed() {
        assertThat(marks("tier-overlap-mark")).isEmpty();
        assertThat(marks("tier-band")).hasSize(5);

        set(tiers, FOUR_STARS_MIN, new BigDecimal("90")); // 四星 now starts where 五星 does
        assertThat(edits).hasSize(1);
        assertThat(validation(tiers, FOUR_STARS_MIN).isInvalid()).isTrue();
        assertThat(validation(tiers, FOUR_STARS_MIN).getErrorMessage()).contains("四星", "五星", "90", "重叠");
        assertThat(marks("tier-overlap-mark")).hasSize(1);
        assertThat(rulerWords()).contains("“五星”", "“四星”", "90");
        assertThat(marks("tier-band")).filteredOn(d -> d.hasClassName("tier-overlap")).hasSize(2);

        set(tiers, FOUR_STARS_MIN, new BigDecimal("80"));
        assertThat(edits).hasSize(2);
        assertThat(validation(tiers, FOUR_STARS_MIN).isInvalid()).isFalse();
        assertThat(marks("tier-overlap-mark")).isEmpty();
        assertThat(rulerWords()).isEmpty();
        assertThat(written()).isEqualTo(written(S9));
    }

    @Test
    void aGapIsShownAndNotSent() {
        set(tiers, ONE_STAR_MIN, new BigDecimal("50")); // 一星 from 50: below 50 nobody has a tier
        assertThat(edits).as("a scale without lowest tier is not a draft").isEmpty();
        assertThat(validation(tiers, ONE_STAR_MIN).isInvalid()).isTrue();
        assertThat(validation(tiers, ONE_STAR_MIN).getErrorMessage()).contains("最低等次");
        assertThat(marks("tier-gap")).hasSize(1);
        assertThat(rulerWords()).contains("低于 50 分");

        set(tiers, ONE_STAR_MIN, null);
        assertThat(validation(tiers, ONE_STAR_MIN).isInvalid()).isFalse();
        assertThat(marks("tier-gap")).isEmpty();
        assertThat(written()).isEqualTo(written(S9));
    }

    @Test
    void theRulerFollowsTypingBeforeTheValueIsSent() {
        tiers.preview(0, 2, "8"); // typing "80" into 三星: first keystroke, 8 is below every band: fine
        assertThat(marks("tier-overlap-mark")).isEmpty();
        // what the field's debounced "input" listener passes on (Karibu cannot fire a debounced DOM listener)
        tiers.preview(0, 2, "80");
        assertThat(marks("tier-overlap-mark")).hasSize(1);
        assertThat(rulerWords()).contains("“四星”", "“三星”", "80");
        assertThat(edits).as("typing sends nothing").isEmpty();
        tiers.preview(0, 2, "7x"); // not a number yet: the ruler stays as it was
        assertThat(marks("tier-overlap-mark")).hasSize(1);
    }

    @Test
    void tiersAreNamedAddedAndRemovedAsEdits() {
        set(tiers, STARS + ".tiers[0].name", "五星党员");
        click(tiers, "添加档次");
        TierScheme stars = draft.get().tierSchemes().getFirst();
        assertThat(stars.tiers().getFirst().min()).isEqualByComparingTo("100");
        assertThat(stars.tiers().getFirst().name()).isEqualTo("新档次");
        click(tiers, "删除"); // the first remove button: the new best tier
        SchemeVersion expected = S9.withTierSchemes(List.of(new TierScheme("S9-STARS", "星级党员",
                S9.tierSchemes().getFirst().levels(), replaceFirst(S9.tierSchemes().getFirst().tiers())),
                S9.tierSchemes().get(1)));
        assertThat(edits).hasSize(3);
        assertThat(written()).isEqualTo(written(expected));
        assertThat(marks("tier-band")).hasSize(5);
        helperTextsPresent(tiers);
    }

    @Test
    void levelsOfAScaleAreEdited() {
        set(tiers, "$.scheme.tierSchemes[1].levels", Set.of(io.jifen.scoring.model.Level.PERIOD,
                io.jifen.scoring.model.Level.YEAR));
        assertThat(draft.get().tierSchemes().get(1).levels()).hasSize(2);
        assertThat(tiers.focus(FOUR_STARS_MIN)).isTrue();
        assertThat(section(MemberClassSection.class).focus(FOUR_STARS_MIN)).isFalse();
    }

    @Test
    void aWarningReadsAsAWarning() {
        set(tiers, STARS + ".tiers[0].min", new BigDecimal("1000")); // 五星 from 1000: nobody can reach it
        assertThat(validation(tiers, STARS + ".tiers[0].min").getErrorMessage()).startsWith("提醒")
                .contains("五星", "1000");
    }

    private static List<Tier> replaceFirst(List<Tier> tiers) {
        Tier five = tiers.getFirst();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new Tier(five.id(), "五星党员", five.min())),
                tiers.stream().skip(1)).toList();
    }

    private List<Div> marks(String className) {
        return _find(tiers.rulers.getFirst().bar, Div.class).stream().filter(d -> d.hasClassName(className))
                .toList();
    }

    private String rulerWords() {
        return tiers.rulers.getFirst().words.getElement().getTextRecursively();
    }
}
