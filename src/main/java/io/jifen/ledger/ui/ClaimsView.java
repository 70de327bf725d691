package io.jifen.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jifen.ledger.ClaimService;
import io.jifen.ledger.ClaimService.Photo;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerCorrections;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.query.LedgerFilter;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.organization.Member;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.ui.ErrorMessages;
import io.jifen.shared.ui.IsoDates;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * 我的申报, made for a phone in the OA app (375 px): one column, full-width fields and large buttons. A member
 * claims an item the scheme lets members claim and that applies to them, with basis and photos, and follows their
 * own entries: status, the step a claim waits at, the reason of a rejection, 撤回 while pending.
 */
@Route("claims")
@Menu(title = "nav.claims", order = 8, icon = "vaadin:edit")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY, Role.MEMBER_AUTHORITY})
class ClaimsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 9;

    final ItemFields item = new ItemFields();
    final DatePicker date = IsoDates.apply(new DatePicker());
    final TextArea basis = new TextArea();
    final Upload photos = new Upload();
    final Button send = new Button();
    final Div errors = new Div();
    final VerticalLayout list = new VerticalLayout();
    final Button more = new Button();
    private final List<Photo> received = new CopyOnWriteArrayList<>();
    private final JifenUser user = CurrentUser.require();
    private final transient ClaimService claims;
    private final transient LedgerCorrections corrections;
    private final transient LedgerQuery query;
    private final transient SchemesInForce schemes;
    private final transient Optional<Member> self;
    private final LocalDate today;
    private int shown;

    ClaimsView(LedgerService ledger, ClaimService claims, LedgerCorrections corrections, LedgerQuery query,
            SchemesInForce schemes, Clock clock) {
        this.claims = claims;
        this.corrections = corrections;
        this.query = query;
        this.schemes = schemes;
        this.self = ledger.reach(user).self();
        this.today = LocalDate.now(clock);
        addClassName("jifen-view");
        setWidthFull();
        setMaxWidth("40rem");
        add(new H2(getTranslation("ledger.claims.title")));
        if (self.isEmpty()) {
            add(new Paragraph(getTranslation("ledger.claims.noProfile")));
            return;
        }
        add(new H3(getTranslation("ledger.claims.new")), form(), new H3(getTranslation("ledger.claims.mine")), list, more);
        list.setPadding(false);
        more.setText(getTranslation("ledger.claims.more"));
        more.setWidthFull();
        more.addClickListener(e -> loadMore());
        loadItems();
        reload();
    }

    private VerticalLayout form() {
        date.setLabel(getTranslation("ledger.field.date"));
        date.setValue(today);
        date.setMax(today);
        date.addValueChangeListener(e -> loadItems());
        basis.setLabel(getTranslation("ledger.field.basis"));
        basis.setMaxLength(500);
        photos.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(),
                meta.contentType(), bytes)));
        photos.setAcceptedMimeTypes("image/jpeg", "image/png", "image/webp");
        photos.setMaxFileSize(MAX_PHOTO_BYTES);
        photos.setMaxFiles(MAX_PHOTOS);
        photos.setI18n(uploadTexts());
        send.setText(getTranslation("ledger.claims.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> send());
        VerticalLayout form = new VerticalLayout(item, date, basis, photos, errors, send);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        return form;
    }

    /** The upload's own words (buttons, drop hint, refusals), which the web component would show in English. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("ledger.claims.photo.add"))
                        .setMany(getTranslation("ledger.claims.photo.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("ledger.claims.photo.drop"))
                        .setMany(getTranslation("ledger.claims.photo.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("ledger.claims.photo.tooBig",
                        MAX_PHOTO_BYTES / 1024 / 1024)).setIncorrectFileType(getTranslation(
                        "ledger.claims.photo.wrongType")).setTooManyFiles(getTranslation(
                        "ledger.claims.photo.tooMany", MAX_PHOTOS)));
    }

    /** A photo as the upload delivered it; kept until the claim is sent. */
    void received(String name, String contentType, byte[] bytes) {
        received.add(new Photo(name, contentType, bytes));
    }

    /** Items members may claim for themselves that apply to this member, in the scheme in force on the date. */
    private void loadItems() {
        Member m = self.orElseThrow();
        LocalDate day = date.getValue() == null ? today : date.getValue();
        var inForce = schemes.forUnit(m.getOrganization().getPath(), day);
        String classCode = m.getMemberClass() == null ? "" : m.getMemberClass().getCode();
        MemberStatus status = MemberStatus.valueOf(m.getStatus().name());
        item.setScheme(inForce.map(SchemesInForce.InForce::scheme).orElse(null), inForce.map(f -> f.scheme().items()
                .stream().filter(i -> EntrySource.SELF_CLAIM.allowedBy(i.recordedBy())
                        && i.appliesTo(classCode, status)).toList()).orElse(List.<Item>of()));
    }

    void send() {
        errors.removeAll();
        if (item.itemId() == null) {
            errors.add(new Paragraph(getTranslation("ledger.claims.error.itemRequired")));
            return;
        }
        EntryDraft draft = new EntryDraft(self.orElseThrow().getId(), item.itemId(), item.optionCode(),
                item.points(), 1, date.getValue(), basis.getValue(), null);
        try {
            claims.claim(user, draft, List.copyOf(received));
            received.clear();
            photos.clearFileList();
            basis.clear();
            ErrorMessages.success(getTranslation("ledger.claims.sent"));
            reload();
        } catch (InvalidInputException refused) {
            refused.errors().forEach(e -> errors.add(new Paragraph(InputErrors.text(this, e))));
        } catch (RuntimeException failed) {
            errors.add(new Paragraph(InputErrors.describe(this, failed)));
        }
    }

    void reload() {
        list.removeAll();
        shown = 0;
        loadMore();
    }

    private void loadMore() {
        List<LedgerRow> rows = query.myEntries(user, LedgerFilter.none(), shown, PAGE);
        rows.forEach(r -> list.add(new ClaimCard(r, user.username(), this::withdraw)));
        shown += rows.size();
        more.setVisible(rows.size() == PAGE);
        if (shown == 0) {
            list.add(new Paragraph(getTranslation("ledger.claims.none")));
        }
    }

    private void withdraw(LedgerRow r) {
        try {
            corrections.withdraw(user, r.id());
            ErrorMessages.success(getTranslation("ledger.claims.withdrawn"));
        } catch (RuntimeException refused) {
            ErrorMessages.refused(InputErrors.describe(this, refused));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.claims.title");
    }
}
