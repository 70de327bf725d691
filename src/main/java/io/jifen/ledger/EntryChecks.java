package io.jifen.ledger;

import io.jifen.organization.Member;
import io.jifen.organization.Membership;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.shared.InvalidInputException.InputError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The checks one draft must pass against the member and the scheme in force on its date. Each problem is reported
 * at its JSON path ({@code $[3].value}) with a bundle key, so a form, an import row and an API body read the same.
 */
final class EntryChecks {

    /** The most occurrences one entry may carry (a documented bound of the API). */
    static final int MAX_COUNT = 1000;
    static final int MAX_BASIS = 500;

    private EntryChecks() {
    }

    /** Checks that need no scheme: count, date, basis. */
    static void shape(String at, EntryDraft d, LocalDate today, Consumer<InputError> errors) {
        if (d.count() < 1 || d.count() > MAX_COUNT) {
            errors.accept(InputError.of(at + ".count", "ledger.error.count", 1, MAX_COUNT));
        }
        if (d.date() == null) {
            errors.accept(InputError.of(at + ".date", "ledger.error.dateRequired"));
        } else if (d.date().isAfter(today)) {
            errors.accept(InputError.of(at + ".date", "ledger.error.dateInFuture", d.date()));
        }
        if (d.basis() != null && d.basis().length() > MAX_BASIS) {
            errors.accept(InputError.of(at + ".basis", "ledger.error.basisTooLong", MAX_BASIS));
        }
    }

    /** The member belonged to the organization on the entry's date (the roster's meaning of membership days). */
    static void membership(String at, Member m, LocalDate day, Consumer<InputError> errors) {
        if (!Membership.isMemberOn(m, day)) {
            errors.accept(InputError.of(at + ".date", "ledger.error.notMemberOn", m.getName(), day));
        }
    }

    /** The item exists, the way in is allowed for it, it applies to the member, and the value fits its rule. */
    static Item item(String at, EntryDraft d, Member m, SchemeVersion scheme, EntrySource source,
            Consumer<InputError> errors) {
        Item item = scheme.items().stream().filter(i -> i.id().equals(d.itemId())).findFirst().orElse(null);
        if (item == null) {
            errors.accept(InputError.of(at + ".itemId", "ledger.error.unknownItem", d.itemId(), scheme.name()));
            return null;
        }
        if (!source.allowedBy(item.recordedBy())) {
            errors.accept(InputError.of(at + ".itemId", "ledger.error.notRecordedThisWay", item.name(),
                    "ledger.source." + source.name()));
        }
        String classCode = m.getMemberClass() == null ? "" : m.getMemberClass().getCode();
        if (!item.appliesTo(classCode, io.jifen.scoring.model.MemberStatus.valueOf(m.getStatus().name()))) {
            errors.accept(InputError.of(at + ".itemId", "ledger.error.notApplicable", item.name(), m.getName()));
        }
        value(at, d, item, errors);
        return item;
    }

    private static void value(String at, EntryDraft d, Item item, Consumer<InputError> errors) {
        switch (item.value()) {
            case ValueRule.Fixed f -> {
                if (d.option() != null || d.value() != null) {
                    errors.accept(InputError.of(at + ".value", "ledger.error.fixedValue", item.name(), f.points()));
                }
            }
            case ValueRule.ReviewerRange r -> range(at, d.value(), r.min(), r.max(), errors);
            case ValueRule.ByOption o -> {
                ValueOption opt = d.option() == null ? null : o.option(d.option()).orElse(null);
                if (opt == null) {
                    errors.accept(InputError.of(at + ".option", "ledger.error.unknownOption", d.option(),
                            item.name()));
                } else if (!opt.isFixed()) {
                    range(at, d.value(), opt.min(), opt.max(), errors);
                } else if (d.value() != null) {
                    errors.accept(InputError.of(at + ".value", "ledger.error.fixedValue", opt.label(), opt.min()));
                }
            }
        }
    }

    private static void range(String at, BigDecimal v, BigDecimal min, BigDecimal max, Consumer<InputError> errors) {
        if (v == null || v.compareTo(min) < 0 || v.compareTo(max) > 0
                || v.stripTrailingZeros().scale() > 2) {
            errors.accept(InputError.of(at + ".value", "ledger.error.valueRange", min, max));
        }
    }

    static String at(int index) {
        return "$[" + index + "]";
    }
}
