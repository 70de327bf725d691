package io.jifen.scheme;

import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, as the entity auditing does. */
public class SchemeRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((SchemeRevision) revision).setUsername(CurrentUser.find().map(JifenUser::username).orElse("system"));
    }
}
