package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.Results;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each member's result, every number a button: click (or Enter) shows its explanation in the user's language below
 * the results — the arithmetic, the caps and rules applied, and the entries (F1, F2, … = rows of the facts grid).
 */
class ResultsView extends VerticalLayout {

    final Div explanationTitle = new Div();
    final Paragraph explanation = new Paragraph();
    private final VerticalLayout body = new VerticalLayout();
    private final Map<String, Button> numbers = new HashMap<>();

    ResultsView() {
        setPadding(false);
        body.setPadding(false);
        explanationTitle.addClassName("jifen-trial-explanation-title");
        explanation.addClassName("jifen-trial-explanation");
        explanation.setText(getTranslation("trial.result.clickHelp"));
        add(new H4(getTranslation("trial.results")), body, explanationTitle, explanation);
    }

    void show(SchemeVersion scheme, Results results, List<TrialMember> members) {
        body.removeAll();
        numbers.clear();
        ResultLines lines = new ResultLines(scheme, this);
        for (MemberResult m : results.members()) {
            String name = members.stream().filter(t -> t.id().equals(m.memberId())).findFirst()
                    .map(TrialMember::name).orElse(m.memberId());
            body.add(new H4(name));
            lines.member(m).forEach(body::add);
        }
        if (!results.ignoredFacts().isEmpty()) {
            body.add(new H5(getTranslation("trial.result.ignored")));
            results.ignoredFacts().forEach(f -> body.add(new Paragraph(f.factId() + "："
                    + ExplanationMessages.format(f.detail(), getLocale()))));
        }
    }

    void clear() {
        body.removeAll();
        numbers.clear();
    }

    /** A line "label  [number]" whose number opens its explanation. */
    HorizontalLayout line(String key, String label, String shown, Explained value) {
        return line(key, label, shown, () -> explain(value));
    }

    HorizontalLayout line(String key, String label, String shown, Supplier<String> why) {
        Button number = new Button(shown);
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        number.addClickListener(e -> {
            explanationTitle.setText(label + "：" + shown);
            explanation.setText(why.get());
        });
        numbers.put(key, number);
        HorizontalLayout row = new HorizontalLayout(new Span(label), number);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    String explain(Explained value) {
        String text = ExplanationMessages.format(value.explanation(), getLocale());
        return value.factIds().isEmpty() ? text
                : text + getTranslation("trial.result.fromFacts", String.join(", ", value.factIds()));
    }

    String explain(Phrase phrase) {
        return ExplanationMessages.format(phrase, getLocale());
    }

    /** The number shown for {@code what} ("total", "reward", "tier:S8-GRADE", "category:CONTRIB", …). */
    Button number(String memberId, Level level, Period period, String what) {
        return numbers.get(key(memberId, level, period, what));
    }

    static String key(String memberId, Level level, Period period, String what) {
        return memberId + "|" + level + "|" + (period == null ? "" : period.start()) + "|" + what;
    }
}
