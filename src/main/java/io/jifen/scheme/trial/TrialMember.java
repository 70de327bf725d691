package io.jifen.scheme.trial;

import io.jifen.scoring.model.MemberStatus;
import java.util.Objects;

/**
 * A member of a try-out: picked from the roster ({@code id} "R" + roster id) or a generated sample ("S1", "S2", …).
 *
 * @param classId the scheme's member class the engine scores them in
 */
public record TrialMember(String id, String name, String classId, MemberStatus status, boolean exempt) {

    public TrialMember {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        status = status == null ? MemberStatus.FULL : status;
    }

    public TrialMember withClass(String newClassId) {
        return new TrialMember(id, name, newClassId, status, exempt);
    }

    public TrialMember withStatus(MemberStatus newStatus) {
        return new TrialMember(id, name, classId, newStatus, exempt);
    }

    public TrialMember withExempt(boolean newExempt) {
        return new TrialMember(id, name, classId, status, newExempt);
    }
}
