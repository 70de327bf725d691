package io.jifen.organization.roster;

import io.jifen.shared.UserFacingException;

/** A commit found errors (the file changed, or the database did since the preview); nothing was stored. */
public class RosterRejectedException extends UserFacingException {

    private final transient RosterPreview preview;

    RosterRejectedException(RosterPreview preview) {
        super("roster.error.rejected", preview.invalidRows());
        this.preview = preview;
    }

    public RosterPreview preview() {
        return preview;
    }
}
