package io.jifen.score.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.jifen.score.statement.Statement;
import io.jifen.score.statement.Statement.CategoryLine;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.Statement.ItemLine;
import io.jifen.score.statement.Statement.Section;
import io.jifen.score.statement.Statement.Summary;
import java.math.BigDecimal;
import java.util.List;

/**
 * The member statement on screen: summary, then per period the base, categories (with the cap applied) and items
 * with the entries behind them and who approved each; reversals and notes last. Text only, so it reads on a phone.
 */
class StatementPanel extends Div {

    StatementPanel(Statement s) {
        addClassName("score-statement");
        add(new H3(getTranslation("score.statement.title", s.memberName())));
        add(new Paragraph(getTranslation("score.statement.header", s.memberName(), s.unitName(), s.schemeName(),
                s.ruleVersion())));
        add(new Paragraph(getTranslation("score.statement.period", s.period().start().toString(),
                s.period().end().toString())));
        if (s.notScored() != null) {
            add(new Paragraph(s.notScored()));
            return;
        }
        if (s.summary() == null) {
            add(new Paragraph(getTranslation("score.statement.none")));
        } else {
            summary(s.summary());
        }
        s.sections().forEach(this::section);
        if (!s.reversals().isEmpty()) {
            add(new H4(getTranslation("score.statement.reversals")));
            add(entries(s.reversals()));
        }
        if (!s.notes().isEmpty()) {
            add(new H4(getTranslation("score.statement.notes")));
            add(texts(s.notes()));
        }
    }

    private void summary(Summary m) {
        add(explained(getTranslation("score.statement.total", plain(m.total())), m.totalExplained()));
        if (m.reward().signum() != 0) {
            add(explained(getTranslation("score.statement.reward", plain(m.reward())), m.rewardExplained()));
        }
        if (m.tier() != null) {
            add(explained(getTranslation("score.statement.tier", m.tier()), m.tierExplained()));
        }
        if (m.rank() != null) {
            add(new Paragraph(m.rank()));
        }
        if (m.veto()) {
            add(new Paragraph(getTranslation("score.statement.veto")));
        }
    }

    private void section(Section sec) {
        add(new H4(getTranslation("score.statement.sectionTitle", sec.period().start().toString(),
                sec.period().end().toString())));
        add(explained(getTranslation("score.statement.base", plain(sec.base())), sec.baseExplained()));
        UnorderedList cats = new UnorderedList();
        for (CategoryLine c : sec.categories()) {
            ListItem li = new ListItem(getTranslation("score.statement.categoryLine", c.name(), plain(c.points())));
            li.add(detail(c.explanation()));
            if (c.capNote() != null) {
                Span cap = new Span(c.capNote());
                cap.addClassName("score-cap");
                li.add(new Div(cap));
            }
            cats.add(li);
        }
        add(new Paragraph(getTranslation("score.statement.categories")), cats);
        UnorderedList items = new UnorderedList();
        for (ItemLine i : sec.items()) {
            ListItem li = new ListItem(getTranslation("score.statement.itemLine", i.name(), i.categoryName(),
                    i.occurrences(), i.counted(), plain(i.points())));
            li.add(detail(i.explanation()), entries(i.entries()));
            items.add(li);
        }
        add(new Paragraph(getTranslation("score.statement.items")), items);
        add(explained(getTranslation("score.statement.total", plain(sec.total())), sec.totalExplained()));
    }

    private UnorderedList entries(List<EntryLine> lines) {
        UnorderedList ul = new UnorderedList();
        for (EntryLine e : lines) {
            ListItem li = new ListItem(getTranslation("score.statement.entry", Long.toString(e.entryId()),
                    e.date().toString(), e.itemName(), e.basis() == null ? "" : e.basis(), e.recordedBy(),
                    e.source(), e.value() == null ? "" : plain(e.value()), Integer.toString(e.count())));
            if (e.mark() != null) {
                Span mark = new Span(e.mark());
                mark.addClassName("score-reversal");
                li.add(new Div(mark));
            }
            e.approvals().forEach(a -> li.add(detail(a)));
            ul.add(li);
        }
        return ul;
    }

    private static UnorderedList texts(List<String> texts) {
        UnorderedList ul = new UnorderedList();
        texts.forEach(t -> ul.add(new ListItem(t)));
        return ul;
    }

    private static Div explained(String headline, String why) {
        Div d = new Div(new Span(headline));
        if (why != null) {
            d.add(detail(why));
        }
        return d;
    }

    private static Div detail(String text) {
        Div d = new Div(text == null ? "" : text);
        d.addClassName("score-why");
        d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return d;
    }

    static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
