package io.jifen.scheme.summary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.shared.Messages;
import java.util.Locale;

/**
 * The plain-language summary of a scheme on screen, with a print button. Printing renders the summary alone with its
 * print stylesheet in a hidden frame and calls that frame's {@code window.print()}: the console around the dialog
 * (menu, designer, overlay) never reaches the paper, and no pop-up window is needed.
 */
public class SchemeSummaryDialog extends Dialog {

    private static final Messages MESSAGES = new Messages();
    private static final String PRINT = """
            const frame = document.createElement('iframe');
            frame.setAttribute('aria-hidden', 'true');
            frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
            document.body.appendChild(frame);
            const page = frame.contentWindow.document;
            page.open();
            page.write($0);
            page.close();
            frame.contentWindow.focus();
            frame.contentWindow.print();
            setTimeout(() => frame.remove(), 60000);
            """;

    private final transient SchemeSummary summary;
    final Html content;
    final Button print = new Button();

    /** @param parent the effective parent when {@code scheme} is an extension, else null */
    public SchemeSummaryDialog(SchemeVersion scheme, SchemeVersion parent) {
        this.summary = SchemeSummary.of(scheme, parent);
        Locale locale = getLocale();
        setHeaderTitle(MESSAGES.getTranslation("summary.dialogTitle", locale));
        setWidth("min(52em, 96vw)");
        setMaxHeight("90vh");
        setResizable(true);
        content = new Html(summary.html(locale));
        add(content);
        print.setText(MESSAGES.getTranslation("summary.print", locale));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> print());
        getFooter().add(new Button(MESSAGES.getTranslation("action.close", locale), e -> close()), print);
    }

    void print() {
        getElement().executeJs(PRINT, printable());
    }

    /** The page that goes to the printer. */
    String printable() {
        return summary.printable(getLocale());
    }

    SchemeSummary summary() {
        return summary;
    }
}
