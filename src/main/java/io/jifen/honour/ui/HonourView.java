package io.jifen.honour.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.honour.Appraisal;
import io.jifen.honour.Appraisal.Candidate;
import io.jifen.honour.Appraisal.Plaque;
import io.jifen.honour.Appraisal.RuleList;
import io.jifen.honour.HonourExport;
import io.jifen.honour.HonourService;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.score.ScoreService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 评星评优 of a 支部 for a year: the stars as stored, the candidates of each eligibility rule within the quota with
 * their evidence (admins set the quota here), the quarters' plaque holders, and the list as a workbook.
 */
@Route("honours")
@Menu(title = "nav.honours", order = 6.7, icon = "vaadin:trophy")
@RolesAllowed({Role.ADMIN_AUTHORITY, Role.SECRETARY_AUTHORITY})
class HonourView extends VerticalLayout implements HasDynamicTitle {

    private final transient HonourService honours;
    private final JifenUser user = CurrentUser.require();
    final ComboBox<Organization> unit = new ComboBox<>(getTranslation("honour.unit"));
    final IntegerField year = new IntegerField(getTranslation("honour.year"));
    final Select<RuleList> rule = new Select<>();
    final IntegerField quota = new IntegerField(getTranslation("honour.quota"));
    final Button saveQuota = new Button(getTranslation("honour.quota.edit"));
    final Span message = new Span();
    final StarsGrid stars = new StarsGrid();
    final Grid<Candidate> candidates = new Grid<>();
    final Grid<Plaque> plaques = new Grid<>();
    private volatile Appraisal appraisal;

    HonourView(HonourService honours, ScoreService scores, Clock clock) {
        this.honours = honours;
        addClassName("jifen-view");
        setSizeFull();
        List<Organization> units = scores.units(user).stream()
                .filter(o -> o.getType() == OrganizationType.BRANCH).toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(Organization::getName);
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        rule.setLabel(getTranslation("honour.rule"));
        rule.setItemLabelGenerator(RuleList::ruleName);
        rule.addValueChangeListener(e -> showRule());
        quota.setMin(0);
        quota.setVisible(user.has(Role.ADMIN));
        saveQuota.setVisible(user.has(Role.ADMIN));
        saveQuota.addClickListener(e -> saveQuota());
        HorizontalLayout top = new HorizontalLayout(unit, year, rule, quota, saveQuota, download());
        top.setWrap(true);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        candidateColumns();
        plaques.addColumn(p -> getTranslation("honour.plaque.period", p.periodStart().toString(),
                p.periodEnd().toString())).setHeader(getTranslation("honour.plaque.col.period")).setAutoWidth(true);
        plaques.addColumn(p -> String.join(getTranslation("explain.list.separator"), p.holders()))
                .setHeader(getTranslation("honour.plaque.col.holders"));
        plaques.setAllRowsVisible(true);
        add(new H2(getTranslation("honour.title")), top, message, new H3(getTranslation("honour.list.title")),
                candidates, new H3(getTranslation("honour.stars.title")), stars,
                new H3(getTranslation("honour.plaque.title")), plaques);
        unit.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        units.stream().findFirst().ifPresent(unit::setValue);
    }

    private void candidateColumns() {
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        candidates.setAllRowsVisible(true);
        candidates.addColumn(Candidate::place).setHeader(getTranslation("honour.col.place")).setAutoWidth(true);
        candidates.addColumn(Candidate::name).setHeader(getTranslation("honour.col.name")).setAutoWidth(true);
        candidates.addColumn(c -> c.total().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("honour.col.total")).setAutoWidth(true);
        candidates.addColumn(Candidate::yearTiers).setHeader(getTranslation("honour.col.yearTiers"))
                .setAutoWidth(true);
        candidates.addColumn(c -> String.join(getTranslation("honour.export.separator"), c.periodTiers()))
                .setHeader(getTranslation("honour.col.periods")).setFlexGrow(2);
        candidates.addColumn(c -> String.join(getTranslation("honour.export.separator"), c.reasons()))
                .setHeader(getTranslation("honour.col.reasons")).setFlexGrow(2);
        candidates.addColumn(c -> getTranslation("honour.cut." + c.cut().name()))
                .setHeader(getTranslation("honour.col.cut")).setAutoWidth(true);
    }

    private Anchor download() {
        Anchor a = new Anchor();
        String fileName = getTranslation("honour.export.file") + ".xlsx";
        Locale locale = getLocale();
        // runs in the download request, outside the UI lock: the appraisal shown is what is exported
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Appraisal shown = appraisal;
            if (shown != null) {
                HonourExport.write(shown, locale, event.getOutputStream());
            }
        };
        a.setHref(handler, AttachmentType.DOWNLOAD);
        a.add(new Button(getTranslation("honour.export")));
        return a;
    }

    void load() {
        Organization u = unit.getValue();
        Integer y = year.getValue();
        appraisal = u == null || y == null ? null : honours.appraisal(user, u.getId(), y, getLocale()).orElse(null);
        message.setText(u != null && appraisal == null ? getTranslation("honour.noScheme")
                : appraisal != null && !appraisal.complete() ? getTranslation("honour.incomplete") : "");
        List<RuleList> lists = appraisal == null ? List.of() : appraisal.lists();
        rule.setItems(lists);
        rule.setValue(lists.isEmpty() ? null : lists.getFirst());
        plaques.setItems(appraisal == null ? List.of() : appraisal.plaques());
        stars.show(u == null || y == null ? List.of() : honours.stars(user, u.getId(), y));
        showRule();
    }

    private void showRule() {
        RuleList r = rule.getValue();
        candidates.setItems(r == null ? List.of() : r.candidates());
        quota.setValue(r == null ? null : r.quota());
    }

    void saveQuota() {
        RuleList r = rule.getValue();
        if (r == null || unit.getValue() == null || year.getValue() == null || quota.getValue() == null) {
            return;
        }
        try {
            honours.setQuota(user, unit.getValue().getId(), year.getValue(), r.ruleId(), quota.getValue());
            Notification.show(getTranslation("honour.quota.saved"));
            String id = r.ruleId();
            load();
            rule.getListDataView().getItems().filter(l -> l.ruleId().equals(id)).findFirst().ifPresent(rule::setValue);
        } catch (UserFacingException e) {
            quota.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            quota.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("honour.title") + " · " + getTranslation("app.title");
    }
}
