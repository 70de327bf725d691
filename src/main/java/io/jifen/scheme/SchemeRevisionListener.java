package io.jifen.scheme;

import io.jifen.security.ActingUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the user the service call acts for, exactly as the entity auditing does. */
public class SchemeRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((SchemeRevision) revision).setUsername(ActingUser.auditName());
    }
}
