package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 党员类别: the scheme's member classes with base score and exemption, each linked to a class of the organization's
 * roster. The link is the id: a scheme class's id is its roster class's code (see {@code docs/scheme-format.md}),
 * so picking a roster class sets id and name, and renames the class in the items that name it. A scheme class whose
 * id is no roster code carries a warning mark: members of the roster can never be in it.
 */
class MemberClassSection extends SectionForm {

    static final String LIST = "$.scheme.memberClasses";

    private final List<RosterClass> roster;
    private final Map<String, RosterClass> byCode;

    /** @param roster the roster classes of the scheme's organization, read within the user's scope */
    MemberClassSection(DesignerContext context, List<RosterClass> roster) {
        super("designer.section.classes", context, SchemePart.MEMBER_CLASSES, LIST);
        this.roster = List.copyOf(roster);
        this.byCode = roster.stream().collect(Collectors.toMap(RosterClass::code, r -> r, (a, b) -> a));
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return d.memberClasses().isEmpty() ? d.withMemberClasses(parent.memberClasses(), d.items()) : d;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return d.memberClasses().stream().map(MemberClass::id).collect(Collectors.joining("/"));
    }

    @Override
    protected void build(SchemeVersion d) {
        for (int i = 0; i < d.memberClasses().size(); i++) {
            body.add(row(i, d.memberClasses().get(i)));
        }
        body.add(action("designer.section.classes.add", () -> send(LIST, this::added)));
    }

    private HorizontalLayout row(int i, MemberClass c) {
        String p = LIST + "[" + i + "]";
        ComboBox<RosterClass> link = new ComboBox<>();
        link.setItems(roster);
        link.setItemLabelGenerator(nullSafe(r -> t("designer.section.classes.rosterItem", r.name(), r.code())));
        describe(link, "designer.section.classes.roster");
        link.setReadOnly(readOnly());
        link.setValue(byCode.get(c.id()));
        link.addValueChangeListener(e -> {
            if (!isShowing() && e.getValue() != null) {
                RosterClass picked = e.getValue();
                send(p + ".id", s -> linked(s, i, picked));
            }
        });
        register(p + ".id", link);
        Icon unlinked = VaadinIcon.WARNING.create();
        unlinked.addClassName("designer-unlinked");
        unlinked.setColor("var(--lumo-warning-color, #c47a00)");
        unlinked.setTooltipText(t("designer.section.classes.unlinked", c.id()));
        unlinked.setVisible(!byCode.containsKey(c.id()));
        Span id = new Span(t("designer.section.classes.id", c.id()));
        TextField name = field(new TextField(), i, "name", MemberClass::name,
                (m, v) -> new MemberClass(m.id(), v, m.baseScore(), m.exemption(), m.order()));
        register(p, name);
        BigDecimalField base = field(new BigDecimalField(), i, "baseScore", MemberClass::baseScore,
                (m, v) -> new MemberClass(m.id(), m.name(), v, m.exemption(), m.order()));
        var exemption = field(enumSelect(ExemptionRule.values()), i, "exemption", MemberClass::exemption,
                (m, v) -> new MemberClass(m.id(), m.name(), m.baseScore(), v, m.order()));
        var remove = action("designer.section.remove",
                () -> send(LIST, s -> s.withMemberClasses(without(s.memberClasses(), i), s.items())));
        HorizontalLayout row = new HorizontalLayout(unlinked, link, id, name, base, exemption, remove);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("designer-class-row");
        return row;
    }

    private <V, F extends AbstractField<?, V>> F field(F f, int i, String name,
            Function<MemberClass, V> read, BiFunction<MemberClass, V, MemberClass> write) {
        return bind(f, LIST + "[" + i + "]." + name, "designer.section.classes." + name,
                s -> read.apply(s.memberClasses().get(i)),
                (s, v) -> s.withMemberClasses(replace(s.memberClasses(), i, write.apply(s.memberClasses().get(i), v)),
                        s.items()));
    }

    /** Class {@code i} takes the roster class's code as id and its name; items naming the old id follow. */
    static SchemeVersion linked(SchemeVersion s, int i, RosterClass picked) {
        MemberClass old = s.memberClasses().get(i);
        MemberClass now = new MemberClass(picked.code(), picked.name(), old.baseScore(), old.exemption(), old.order());
        List<Item> items = s.items().stream().map(item -> item.memberClassIds().contains(old.id())
                ? item.forClasses(item.memberClassIds().stream().map(id -> id.equals(old.id()) ? picked.code() : id)
                        .distinct().toArray(String[]::new))
                : item).toList();
        return s.withMemberClasses(replace(s.memberClasses(), i, now), items);
    }

    private SchemeVersion added(SchemeVersion s) {
        List<String> taken = s.memberClasses().stream().map(MemberClass::id).toList();
        MemberClass fresh = new MemberClass(freshId("CLASS-", taken), t("designer.section.classes.newName"), null,
                ExemptionRule.NOT_ALLOWED, s.memberClasses().size());
        return s.withMemberClasses(with(s.memberClasses(), fresh), s.items());
    }
}
