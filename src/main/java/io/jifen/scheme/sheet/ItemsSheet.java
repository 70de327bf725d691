package io.jifen.scheme.sheet;

import com.vaadin.flow.i18n.I18NProvider;
import io.jifen.shared.Messages;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.util.List;
import java.util.Locale;

/**
 * The categories-and-items table of a draft as an Excel workbook (issue 8, point 5): export, edit offline, import
 * back. An import is all or nothing: either every row is right and the result is the draft's new table, or nothing
 * changes and every problem is listed with its row, column and message.
 */
public final class ItemsSheet {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_BYTES = ItemsWorkbookReader.MAX_BYTES;
    /** Lines of the help sheet, {@code sheet.help.1} … */
    static final int HELP_LINES = 7;

    private ItemsSheet() {
    }

    /**
     * @param parent the effective parent when the draft is an extension (its categories are the places a branch's
     *               items sit in), else null
     */
    public static byte[] export(SchemeVersion draft, SchemeVersion parent, I18NProvider messages) {
        return new ItemsWorkbookWriter(new SheetText(messages, Messages.CHINESE), draft, parent).write();
    }

    /**
     * Reads an uploaded workbook against the draft it is meant for.
     *
     * @param locale language of the error messages
     * @throws io.jifen.shared.UserFacingException when the file as a whole is unusable (not .xlsx, too big, no header)
     */
    public static ItemsImport read(byte[] workbook, SchemeVersion draft, SchemeVersion parent,
            I18NProvider messages, Locale locale) {
        SheetText text = new SheetText(messages, locale);
        ItemsImport parsed = new ItemsSheetParser(text, draft, parent)
                .parse(new ItemsWorkbookReader(text).read(workbook));
        return parsed.ok() ? parsed : new ItemsImport(null, parsed.errors());
    }

    public static String fileName(SchemeVersion draft, I18NProvider messages, Locale locale) {
        String name = draft.name() == null || draft.name().isBlank() ? draft.id() : draft.name();
        return messages.getTranslation("sheet.fileName", locale, name.replaceAll("[\\\\/:*?\"<>|]", "_"));
    }

    /** The review steps an item may name: the draft's own, or its parent's when it keeps them. */
    static List<ReviewStep> steps(SchemeVersion draft, SchemeVersion parent) {
        return draft.workflow().steps().isEmpty() && parent != null ? parent.workflow().steps()
                : draft.workflow().steps();
    }

    /** The member classes an item may name: the draft's own, or its parent's when it keeps them. */
    static List<MemberClass> classes(SchemeVersion draft, SchemeVersion parent) {
        return draft.memberClasses().isEmpty() && parent != null ? parent.memberClasses() : draft.memberClasses();
    }
}
