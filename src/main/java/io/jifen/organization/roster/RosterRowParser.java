package io.jifen.organization.roster;

import static io.jifen.organization.roster.RosterColumn.BIRTH_DATE;
import static io.jifen.organization.roster.RosterColumn.EXEMPT;
import static io.jifen.organization.roster.RosterColumn.EXEMPT_REASON;
import static io.jifen.organization.roster.RosterColumn.GENDER;
import static io.jifen.organization.roster.RosterColumn.JOIN_DATE;
import static io.jifen.organization.roster.RosterColumn.MEMBER_CLASS;
import static io.jifen.organization.roster.RosterColumn.MOBILE;
import static io.jifen.organization.roster.RosterColumn.NAME;
import static io.jifen.organization.roster.RosterColumn.PHONE;
import static io.jifen.organization.roster.RosterColumn.SSO_USERNAME;
import static io.jifen.organization.roster.RosterColumn.STATUS;
import static io.jifen.organization.roster.RosterColumn.TRANSFER_IN_DATE;
import static io.jifen.organization.roster.RosterColumn.TRANSFER_OUT_DATE;
import static io.jifen.organization.roster.RosterColumn.UNIT_CODE;

import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberStatus;
import io.jifen.organization.Organization;
import io.jifen.organization.roster.RosterReader.SheetRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and checks one row on its own: required cells, choices, dates, yes/no, unit code within the user's scope,
 * member class of the tenant, then the Member entity's own bean-validation constraints. Checks that need the other
 * rows or the database (duplicates, taken login names) live in {@link RosterChecks}.
 */
final class RosterRowParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final RosterText text;
    private final Validator validator;
    private final Map<String, Organization> unitsByCode = new HashMap<>();
    private final Map<String, MemberClass> classes = new HashMap<>();
    private final String classNames;
    private final Map<String, Gender> genders;
    private final String genderLabels;
    private final Map<String, MemberStatus> statuses;
    private final String statusLabels;
    private final Map<String, Boolean> yesNo;

    /**
     * @param scopeTree every unit the user may manage; codes outside it are reported exactly like unknown codes,
     *                  so that an import cannot be used to probe another tenant's codes
     */
    RosterRowParser(RosterText text, Validator validator, List<Organization> scopeTree,
            List<MemberClass> tenantClasses) {
        this.text = text;
        this.validator = validator;
        scopeTree.forEach(u -> unitsByCode.put(u.getCode().toUpperCase(Locale.ROOT), u));
        for (MemberClass memberClass : tenantClasses) {
            classes.put(RosterText.normalize(memberClass.getCode()), memberClass);
            classes.put(RosterText.normalize(memberClass.getName()), memberClass);
        }
        classNames = String.join(", ", tenantClasses.stream().map(MemberClass::getName).toList());
        genders = text.choices(Gender.values(), Gender::messageKey);
        genderLabels = labels(Gender.values(), Gender::messageKey);
        statuses = text.choices(MemberStatus.values(), MemberStatus::messageKey);
        statusLabels = labels(MemberStatus.values(), MemberStatus::messageKey);
        yesNo = text.yesNo();
    }

    RosterRow parse(SheetRow source) {
        RosterRow row = new RosterRow(source.rowNumber(), new Member(), source.get(UNIT_CODE));
        Member member = row.member();
        member.setName(required(source, row, NAME));
        member.setGender(choice(source, row, GENDER, genders, genderLabels));
        member.setBirthDate(date(source, row, BIRTH_DATE));
        member.setJoinDate(date(source, row, JOIN_DATE));
        member.setStatus(choice(source, row, STATUS, statuses, statusLabels));
        member.setMemberClass(memberClass(source, row));
        member.setOrganization(unit(source, row));
        member.setPhone(optional(source, PHONE));
        member.setMobile(yesNo(source, row, MOBILE));
        member.setExempt(yesNo(source, row, EXEMPT));
        member.setExemptReason(optional(source, EXEMPT_REASON));
        member.setSsoUsername(optional(source, SSO_USERNAME));
        member.setTransferInDate(date(source, row, TRANSFER_IN_DATE));
        member.setTransferOutDate(date(source, row, TRANSFER_OUT_DATE));
        validate(row);
        return row;
    }

    /** The entity's own constraints, reported under their columns unless the cell already failed to parse. */
    private void validate(RosterRow row) {
        Set<RosterColumn> unparsed = EnumSet.noneOf(RosterColumn.class);
        row.errors().forEach(e -> unparsed.add(e.column()));
        validator.validate(row.member()).stream()
                .map(v -> Map.entry(RosterColumn.forProperty(v.getPropertyPath().toString()), v))
                .filter(e -> !unparsed.contains(e.getKey()))
                .sorted(Comparator.comparing((Map.Entry<RosterColumn, ConstraintViolation<Member>> e) -> e.getKey())
                        .thenComparing(e -> e.getValue().getMessage()))
                .forEach(e -> error(row, e.getKey(), e.getValue().getMessage()));
    }

    private String required(SheetRow source, RosterRow row, RosterColumn column) {
        String value = source.get(column);
        if (value.isEmpty() && column.required()) {
            error(row, column, text.msg("validation.required"));
            return null;
        }
        return value;
    }

    private static String optional(SheetRow source, RosterColumn column) {
        String value = source.get(column);
        return value.isEmpty() ? null : value;
    }

    private <E> E choice(SheetRow source, RosterRow row, RosterColumn column, Map<String, E> choices, String labels) {
        String value = required(source, row, column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        E choice = choices.get(RosterText.normalize(value));
        if (choice == null) {
            error(row, column, text.msg("roster.error.badChoice", value, labels));
        }
        return choice;
    }

    private MemberClass memberClass(SheetRow source, RosterRow row) {
        String value = source.get(MEMBER_CLASS);
        if (value.isEmpty()) {
            return null;
        }
        MemberClass memberClass = classes.get(RosterText.normalize(value));
        if (memberClass == null) {
            error(row, MEMBER_CLASS, text.msg("roster.error.unknownClass", value, classNames));
        }
        return memberClass;
    }

    private Organization unit(SheetRow source, RosterRow row) {
        String code = required(source, row, UNIT_CODE);
        if (code == null) {
            return null;
        }
        Organization unit = unitsByCode.get(code.toUpperCase(Locale.ROOT));
        if (unit == null) {
            error(row, UNIT_CODE, text.msg("roster.error.unknownUnit", code));
        } else if (!unit.getType().holdsMembers()) {
            error(row, UNIT_CODE, text.msg("member.error.unitHoldsNoMembers", unit.getName()));
        } else if (!unit.isActive()) {
            error(row, UNIT_CODE, text.msg("member.error.unitInactive", unit.getName()));
        } else {
            return unit;
        }
        return null;
    }

    private boolean yesNo(SheetRow source, RosterRow row, RosterColumn column) {
        String value = source.get(column);
        if (value.isEmpty()) {
            return false;
        }
        Boolean flag = yesNo.get(RosterText.normalize(value));
        if (flag == null) {
            error(row, column, text.msg("roster.error.badYesNo", value));
            return false;
        }
        return flag;
    }

    private LocalDate date(SheetRow source, RosterRow row, RosterColumn column) {
        String value = source.get(column);
        if (value.isEmpty()) {
            return null;
        }
        Matcher matcher = DATE.matcher(value);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(value);
        }
        try {
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
        } catch (DateTimeException e) {
            // 2023-02-30 and the like: reported below like any other unreadable date
        }
        error(row, column, text.msg("roster.error.badDate", value));
        return null;
    }

    private <E extends Enum<E>> String labels(E[] values, Function<E, String> key) {
        return String.join(", ", Arrays.stream(values).map(v -> text.msg(key.apply(v))).toList());
    }

    private void error(RosterRow row, RosterColumn column, String message) {
        row.addError(column, text.title(column), message);
    }
}
