package io.jifen.organization.roster;

import io.jifen.organization.Member;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.organization.OrganizationService;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The import template and the roster export; both use the import's columns so that an export can be re-imported. */
@Service
public class RosterExportService {

    /** Rows SXSSF keeps in memory; the rest is streamed to a temporary file while writing. */
    private static final int STREAMING_WINDOW = 200;

    private final MemberService members;
    private final OrganizationService organizations;
    private final Messages messages;

    RosterExportService(MemberService members, OrganizationService organizations, Messages messages) {
        this.members = members;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** The template for this user: their member units and their tenant's member classes in the drop-downs. */
    public byte[] template(JifenUser user) {
        RosterText text = new RosterText(messages, Messages.CHINESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new RosterTemplate(workbook, text).write(organizations.memberUnits(user), members.memberClasses(user));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every member matching the grid's filter (always within the user's scope).
     *
     * @return the number of members written
     */
    public int export(JifenUser user, MemberFilter filter, OutputStream out) throws IOException {
        return export(user, filter, Sort.unsorted(), out);
    }

    /** As {@link #export(JifenUser, MemberFilter, OutputStream)}, in the grid's order ({@code sort} from the grid). */
    public int export(JifenUser user, MemberFilter filter, Sort sort, OutputStream out) throws IOException {
        List<Member> matching = members.all(user, filter, sort);
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMING_WINDOW);
        try {
            RosterSheetWriter writer = new RosterSheetWriter(workbook, new RosterText(messages, Messages.CHINESE));
            Sheet sheet = writer.createSheet(workbook);
            int row = 1;
            for (Member member : matching) {
                writer.writeRow(sheet, row++, member);
            }
            workbook.write(out);
            return matching.size();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    public String templateFileName(Locale locale) {
        return messages.getTranslation("roster.file.template", locale);
    }

    public String exportFileName(Locale locale) {
        return messages.getTranslation("roster.file.export", locale, LocalDate.now().toString());
    }
}
