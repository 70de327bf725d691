package io.jifen.scheme.document;

import io.jifen.scoring.model.SchemeVersion;
import java.util.Objects;

/** A whole document: the envelope's optional {@link DocumentInfo} and the scheme version it carries. */
public record SchemeDocument(DocumentInfo info, SchemeVersion scheme) {

    public SchemeDocument {
        info = info == null ? DocumentInfo.NONE : info;
        Objects.requireNonNull(scheme, "scheme");
    }
}
