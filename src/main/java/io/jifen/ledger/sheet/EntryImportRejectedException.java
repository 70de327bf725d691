package io.jifen.ledger.sheet;

/** The import found problems (the data may have changed since the preview); nothing was stored. */
public class EntryImportRejectedException extends RuntimeException {

    private final transient EntryImportPreview preview;

    public EntryImportRejectedException(EntryImportPreview preview) {
        super(preview.problems().size() + " problem(s) in the entry sheet; nothing stored");
        this.preview = preview;
    }

    public EntryImportPreview preview() {
        return preview;
    }
}
