package io.jifen.scheme.trial;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.UserFacingException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved test cases of a scheme, for the admins of the organization that owns it and of the organizations above
 * (the same people who may publish it). The scope is part of every query: a foreign scheme or case id is refused
 * exactly like a missing one, before anything of it is read.
 */
@Component
@Transactional
public class SchemeTestCases {

    private final SchemeTestCaseRepository cases;
    private final OrgScope scope;

    SchemeTestCases(SchemeTestCaseRepository cases, OrgScope scope) {
        this.cases = cases;
        this.scope = scope;
    }

    /** A stored case: its id for running and deleting, and its content. */
    public record SavedCase(long id, TrialCase content) {
    }

    @Transactional(readOnly = true)
    public List<SavedCase> list(JifenUser user, long schemeId) {
        return cases.findBySchemeOrderByName(scheme(user, schemeId)).stream().map(SchemeTestCases::saved).toList();
    }

    public SavedCase save(JifenUser user, long schemeId, TrialCase trialCase) {
        Scheme scheme = scheme(user, schemeId);
        String name = trialCase.name() == null ? "" : trialCase.name().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("trial.error.nameRequired");
        }
        if (name.length() > SchemeTestCase.MAX_NAME) {
            throw new UserFacingException("trial.error.nameTooLong", SchemeTestCase.MAX_NAME);
        }
        if (cases.existsBySchemeAndName(scheme, name)) {
            throw new ConflictException("trial.error.nameTaken", name);
        }
        TrialCase named = new TrialCase(name, trialCase.input(), trialCase.expectations());
        return saved(cases.saveAndFlush(new SchemeTestCase(scheme, name, TrialCaseJson.write(named))));
    }

    public void delete(JifenUser user, long caseId) {
        cases.delete(stored(user, caseId));
    }

    /** One case run on a version of its scheme (the draft in the designer, merged onto its parent). */
    @Transactional(readOnly = true)
    public CaseOutcome run(JifenUser user, long caseId, SchemeVersion effective) {
        SchemeTestCase stored = stored(user, caseId);
        return Expectations.check(stored.getId(), effective, TrialCaseJson.read(stored.getContent()));
    }

    @Transactional(readOnly = true)
    public List<CaseOutcome> runAll(JifenUser user, long schemeId, SchemeVersion effective) {
        return outcomes(scheme(user, schemeId), effective);
    }

    /** Every case of a scheme the caller has already reached within the user's scope (the publish check). */
    List<CaseOutcome> outcomes(Scheme scheme, SchemeVersion effective) {
        return cases.findBySchemeOrderByName(scheme).stream()
                .map(c -> Expectations.check(c.getId(), effective, TrialCaseJson.read(c.getContent()))).toList();
    }

    private Scheme scheme(JifenUser user, long schemeId) {
        scope.requireAdmin(user);
        return cases.findSchemeWithin(schemeId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no scheme"));
    }

    private SchemeTestCase stored(JifenUser user, long caseId) {
        scope.requireAdmin(user);
        return cases.findWithin(caseId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no test case"));
    }

    private static SavedCase saved(SchemeTestCase c) {
        return new SavedCase(c.getId(), TrialCaseJson.read(c.getContent()));
    }
}
