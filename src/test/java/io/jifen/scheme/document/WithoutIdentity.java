package io.jifen.scheme.document;

import io.jifen.scoring.model.SchemeVersion;

/**
 * A document with the identity the database gives it left out (id, scheme id, number, parent version id; see
 * VersionIdentity): what to compare when two stored documents should say the same rules under different identities.
 */
public final class WithoutIdentity {

    private WithoutIdentity() {
    }

    public static SchemeDocument of(String json) {
        SchemeDocument d = SchemeDocuments.readDocument(json);
        SchemeVersion v = d.scheme();
        return new SchemeDocument(d.info(), new SchemeVersion("-", null, v.name(), 1,
                v.isExtension() ? "-" : null, v.effectiveFrom(), v.periodRule(), v.memberClasses(), v.categories(),
                v.items(), v.tierSchemes(), v.eligibilityRules(), v.consequenceRules(), v.workflow(),
                v.unlockedParts(), v.removedIds(), v.ranking()));
    }
}
