package io.jifen.ledger;

import io.jifen.scoring.model.Recorder;

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

    /** The scheme's recorder this way in needs. */
    public Recorder recorder() {
        return recorder;
    }
}
