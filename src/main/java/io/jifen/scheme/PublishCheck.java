package io.jifen.scheme;

import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;

/**
 * A further condition a version must meet to be published, besides a clean validation (the scheme's saved test
 * cases must pass). Refuses by throwing a {@link io.jifen.shared.UserFacingException}.
 */
public interface PublishCheck {

    /**
     * @param effective the version as the engine would use it (merged onto its parent when it is an extension)
     */
    void beforePublish(JifenUser user, SchemeVersionRecord version, SchemeVersion effective);
}
