package io.jifen.ledger;

import io.jifen.scoring.model.Recorder;
import java.util.Set;

/** How an entry came in; each way is open only when the item's "recorded by" allows its {@link Recorder}. */
public enum EntrySource {
    SELF_CLAIM(Recorder.SELF_CLAIM),
    GROUP_LEADER(Recorder.GROUP_LEADER),
    SECRETARY(Recorder.SECRETARY),
    /** One activity for many attendees (三会一课), by a secretary. */
    BULK(Recorder.SECRETARY),
    IMPORT(Recorder.IMPORT),
    API(Recorder.API);

    private final Recorder recorder;

    EntrySource(Recorder recorder) {
        this.recorder = recorder;
    }

    /** The scheme's recorder this way in stands for. */
    public Recorder recorder() {
        return recorder;
    }

    /**
     * Whether an item recorded by {@code recorders} takes entries this way. An import and the OA system act for the
     * branch (their user has the secretary's role in the token or the session), so an item the secretary records
     * takes them too; an item may also name IMPORT or API alone to take nothing else.
     */
    public boolean allowedBy(Set<Recorder> recorders) {
        return recorders.contains(recorder)
                || (this == IMPORT || this == API) && recorders.contains(Recorder.SECRETARY);
    }
}
