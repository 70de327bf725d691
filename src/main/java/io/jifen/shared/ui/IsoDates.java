package io.jifen.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date fields that show and accept ISO dates (1960-03-05), as the grid, the export and the import template do.
 * The browser's locale format (1960/3/5) is still accepted when typed, and a value the picker cannot read gets our
 * own message instead of a silent red field.
 */
public final class IsoDates {

    /** The first format is how dates are shown; the others are only accepted as input. */
    public static final String ISO = "yyyy-MM-dd";
    static final String[] ALSO_ACCEPTED = {"yyyy/M/d", "yyyy.M.d", "yyyyMMdd"};

    private IsoDates() {
    }

    public static DatePicker apply(DatePicker picker) {
        Locale locale = picker.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : picker.getLocale();
        DatePickerI18n i18n = new DatePickerI18n()
                .setDateFormats(ISO, ALSO_ACCEPTED)
                .setBadInputErrorMessage(picker.getTranslation("validation.date.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("validation.required"))
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                // month and weekday names are the JDK's locale data; the web component would show English ones
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder(picker.getTranslation("date.placeholder"));
        return picker;
    }

    /** Sunday first, as the web component expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }
}
