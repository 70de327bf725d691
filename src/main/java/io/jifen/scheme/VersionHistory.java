package io.jifen.scheme;

import io.jifen.scheme.diff.SchemeDiff;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.RevisionType;

/**
 * The history of a version as a reader wants it: who, when, and what — each revision's changes against the revision
 * before it, in words ({@link SchemeDiff}), with a change of status as a change like any other.
 */
public final class VersionHistory {

    private VersionHistory() {
    }

    /**
     * @param changes what the revision changed, as phrases ({@code scheme.diff.*}); the first revision says it
     *                created the version
     */
    public record Entry(long revision, Instant at, String by, RevisionType kind, SchemeStatus status,
                        List<Phrase> changes) {
    }

    /** @param newestFirst the revisions of one version as {@link SchemeService#history} lists them */
    static List<Entry> inWords(List<SchemeChange> newestFirst) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            SchemeChange now = newestFirst.get(i);
            SchemeChange before = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
            out.add(new Entry(now.revision(), now.at(), now.by(), now.kind(), now.status(), changes(before, now)));
        }
        return out;
    }

    private static List<Phrase> changes(SchemeChange before, SchemeChange now) {
        if (before == null) {
            return List.of(phrase("created"));
        }
        List<Phrase> out = new ArrayList<>();
        if (before.status() != now.status()) {
            out.add(phrase("status", status(before.status()), status(now.status())));
        }
        if (!before.document().equals(now.document())) {
            SchemeVersion a = read(before.document());
            SchemeVersion b = read(now.document());
            if (a == null || b == null) {
                out.add(phrase("unreadable"));
            } else {
                out.addAll(SchemeDiff.between(a, b));
            }
        }
        return out;
    }

    private static SchemeVersion read(String document) {
        try {
            return SchemeDocuments.read(document);
        } catch (SchemeDocumentException unreadable) {
            return null;
        }
    }

    /** A status in words through the schemes page's own keys. */
    private static Phrase status(SchemeStatus status) {
        return new Phrase("schemes.status." + status.name(), List.of());
    }

    private static Phrase phrase(String key, Object... operands) {
        return new Phrase("scheme.diff.history." + key, List.of(operands));
    }
}
