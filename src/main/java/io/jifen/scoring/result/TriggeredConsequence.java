package io.jifen.scoring.result;

import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;

/** A follow-up item produced by a consequence rule for a member and a period (or a year, as a year-long period). */
public record TriggeredConsequence(String ruleId, String memberId, Level level, Period period, FollowUp followUp,
        Phrase reason) {
}
