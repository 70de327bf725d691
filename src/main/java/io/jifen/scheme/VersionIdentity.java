package io.jifen.scheme;

import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.model.SchemeVersion;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * One identity per version (issue 8 point 9, docs/scheme-format.md "Identity"): the database is the truth, and a
 * document carries it in one way. Whatever a document says about itself is overwritten from the stored version
 * whenever the service stores or uses it: {@code id} = {@code <scheme code>-v<number>}, {@code schemeId} = the scheme
 * code, {@code version} = the number, {@code parentVersionId} = the id of the parent version in force on the day in
 * question (an extension's parent is the database's parent scheme, never the document's), and, once published,
 * {@code effectiveFrom} = the stored effective date. A draft's {@code effectiveFrom} is only the date it proposes.
 */
final class VersionIdentity {

    private VersionIdentity() {
    }

    /** The id a stored version is known by, in results and in its extensions' {@code parentVersionId}. */
    static String id(Scheme scheme, int number) {
        return scheme.getCode() + "-v" + number;
    }

    /**
     * The document with its identity taken from the database, its own {@code effectiveFrom} kept. A document that
     * cannot be read as a scheme is returned as given: validation lists what is wrong with it.
     *
     * @param parentVersionId the id of the parent version in force, or null when there is none (yet)
     */
    static String stamp(String document, Scheme scheme, int number, String parentVersionId) {
        return rewrite(document, v -> stamp(v, scheme, number, parentVersionId, v.effectiveFrom()));
    }

    /** As {@link #stamp(String, Scheme, int, String)}, with the effective date set (published) or cleared (null). */
    static String stamp(String document, Scheme scheme, int number, String parentVersionId, LocalDate effectiveFrom) {
        return rewrite(document, v -> stamp(v, scheme, number, parentVersionId, effectiveFrom));
    }

    /**
     * A document to be checked as an extension of the parent version {@code parentVersionId} before it is stored
     * (an import): only the parent is set, the rest of the identity is given when the scheme is created.
     */
    static String withParent(String document, String parentVersionId) {
        return rewrite(document, v -> copy(v, v.id(), v.schemeId(), v.version(), parentVersionId, v.effectiveFrom()));
    }

    private static String rewrite(String document, UnaryOperator<SchemeVersion> change) {
        SchemeDocument d;
        try {
            d = SchemeDocuments.readDocument(document);
        } catch (SchemeDocumentException unreadable) {
            return document;
        }
        return SchemeDocuments.write(new SchemeDocument(d.info(), change.apply(d.scheme())));
    }

    /**
     * The scheme with the stored identity. Without a parent version in force the document's own
     * {@code parentVersionId} is kept when the scheme has a parent (it still marks the document as an extension), or
     * the parent scheme's code stands in for it; a scheme without parent keeps what the document says, so that
     * validation reports an extension whose parent is missing instead of silently turning it into a root.
     */
    static SchemeVersion stamp(SchemeVersion v, Scheme scheme, int number, String parentVersionId,
                               LocalDate effectiveFrom) {
        String parent = parentVersionId;
        if (parent == null) {
            parent = scheme.getParent() == null || v.parentVersionId() != null ? v.parentVersionId()
                    : scheme.getParent().getCode();
        }
        return copy(v, id(scheme, number), scheme.getCode(), number, parent, effectiveFrom);
    }

    private static SchemeVersion copy(SchemeVersion v, String id, String schemeId, int number, String parent,
                                      LocalDate effectiveFrom) {
        return new SchemeVersion(id, schemeId, v.name(), number, parent, effectiveFrom, v.periodRule(),
                v.memberClasses(), v.categories(), v.items(), v.tierSchemes(), v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }
}
