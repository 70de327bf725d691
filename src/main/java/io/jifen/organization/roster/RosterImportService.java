package io.jifen.organization.roster;

import io.jifen.organization.Member;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberService;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.roster.RosterReader.SheetRow;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roster import from an .xlsx workbook for secretaries and admins: a preview that checks every row completely, and
 * an all-or-nothing commit. The commit never trusts a preview handed back by the client: it re-reads the uploaded
 * bytes and re-runs every check inside its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class RosterImportService {

    public static final int MAX_ROWS = RosterReader.MAX_ROWS;
    public static final int MAX_BYTES = RosterReader.MAX_BYTES;

    private final OrganizationService organizations;
    private final MemberService members;
    private final OrgScope scope;
    private final RosterStore store;
    private final Messages messages;

    RosterImportService(OrganizationService organizations, MemberService members, OrgScope scope, RosterStore store,
            Messages messages) {
        this.organizations = organizations;
        this.members = members;
        this.scope = scope;
        this.store = store;
        this.messages = messages;
    }

    /**
     * Parses and checks the workbook; stores nothing.
     *
     * @param locale language of the error messages (Chinese unless English)
     * @throws io.jifen.shared.UserFacingException when the file as a whole is unusable (not .xlsx, too big, no header)
     */
    public RosterPreview preview(JifenUser user, byte[] workbook, Locale locale) {
        return check(user, workbook, new RosterText(messages, locale));
    }

    /**
     * Imports every row or none.
     *
     * @return the number of members stored
     * @throws RosterRejectedException when any row has an error; it carries the fresh preview
     */
    @Transactional
    public int commit(JifenUser user, byte[] workbook, Locale locale) {
        RosterPreview preview = check(user, workbook, new RosterText(messages, locale));
        if (!preview.importable()) {
            throw new RosterRejectedException(preview);
        }
        List<Member> imported = preview.rows().stream().map(RosterRow::member).toList();
        requireScope(user, imported);
        return store.insertAll(imported);
    }

    private RosterPreview check(JifenUser user, byte[] workbook, RosterText text) {
        // the scope lookups come first: they refuse users without a managing role before the file is even opened
        List<Organization> scopeTree = organizations.tree(user);
        List<MemberClass> tenantClasses = members.memberClasses(user);
        List<SheetRow> sheetRows = new RosterReader(text).read(workbook);
        RosterRowParser parser = new RosterRowParser(text, MemberValidation.forLocale(text.locale()), scopeTree,
                tenantClasses);
        List<RosterRow> rows = sheetRows.stream().map(parser::parse).toList();
        new RosterChecks(text, store, scope.tenantPath(user).orElseThrow()).apply(rows);
        return new RosterPreview(rows);
    }

    /**
     * Every row's unit passes OrgScope again right before the insert. Rows share the unit instances of the scope
     * tree, so each distinct unit is checked once instead of repeating the same lookup thousands of times.
     */
    private void requireScope(JifenUser user, List<Member> imported) {
        Set<Organization> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Member member : imported) {
            if (checked.add(member.getOrganization())) {
                scope.require(user, member.getOrganization());
            }
        }
    }
}
