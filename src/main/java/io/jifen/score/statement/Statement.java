package io.jifen.score.statement;

import io.jifen.score.ScoreRow;
import io.jifen.scoring.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's statement (积分明细) for one period or year, already in the user's language: every number with its
 * explanation, each item traced to its ledger entries and their approvers, the caps applied and the rule version.
 *
 * @param ruleVersion {@code <scheme code>-v<number>} of the stored version in force
 * @param sections    the assessed periods explained (one for a period statement, every period of a year)
 * @param reversals   entries cancelled by a reversal in the range, and the reversals, both kept visible
 * @param notes       remarks: entries the engine set aside and why, the engine's notes
 * @param notScored   why the member is not scored at all, or null
 */
public record Statement(long memberId, String memberName, String unitName, String schemeName, String ruleVersion,
        ScoreRow.Level level, Period period, Summary summary, List<Section> sections, List<EntryLine> reversals,
        List<String> notes, String notScored) {

    /** The result of the period or year asked for. */
    public record Summary(BigDecimal total, String totalExplained, BigDecimal reward, String rewardExplained,
            String tier, String tierExplained, String rank, boolean veto) {
    }

    /** One assessed period: base, categories with their caps, items with their entries. */
    public record Section(Period period, BigDecimal base, String baseExplained, List<CategoryLine> categories,
            List<ItemLine> items, BigDecimal total, String totalExplained) {
    }

    /** @param capNote the cap applied, e.g. 「上限 5 分，超出 2 分不计」, or null when the cap cut nothing */
    public record CategoryLine(String categoryId, String name, boolean topLevel, BigDecimal points,
            String explanation, String capNote) {
    }

    public record ItemLine(String itemId, String name, String categoryName, int occurrences, int counted,
            BigDecimal points, String explanation, List<EntryLine> entries) {
    }

    /**
     * One ledger entry behind a number.
     *
     * @param mark      冲正 marks: cancelled by a reversal, or a reversal itself (with its reason); null otherwise
     * @param approvals the review trail in words: step, who, when, decision
     */
    public record EntryLine(long entryId, LocalDate date, String itemName, String basis, String recordedBy,
            String source, BigDecimal value, int count, String mark, List<String> approvals) {
    }
}
