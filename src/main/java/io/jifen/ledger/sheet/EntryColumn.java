package io.jifen.ledger.sheet;

import java.util.Map;

/**
 * The columns of the entry sheet, in template order. The member column takes either the member id (digits) or the
 * name, which must be unique within the chosen unit. Titles come from {@code ledger.sheet.column.*}.
 */
public enum EntryColumn {
    MEMBER("memberId", true),
    ITEM("itemId", true),
    OPTION("option", false),
    VALUE("value", false),
    COUNT("count", false),
    DATE("date", true),
    BASIS("basis", false);

    /** The field of the ledger's draft (its error paths {@code $[i].field}) that this column fills. */
    private final String draftField;
    private final boolean required;

    EntryColumn(String draftField, boolean required) {
        this.draftField = draftField;
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "ledger.sheet.column." + name();
    }

    private static final Map<String, EntryColumn> BY_FIELD = Map.of("memberId", MEMBER, "itemId", ITEM,
            "option", OPTION, "value", VALUE, "count", COUNT, "date", DATE, "basis", BASIS);

    /** The column of a ledger error path's field; the member column for a whole-draft problem. */
    static EntryColumn ofDraftField(String field) {
        return BY_FIELD.getOrDefault(field, MEMBER);
    }

    String draftField() {
        return draftField;
    }
}
