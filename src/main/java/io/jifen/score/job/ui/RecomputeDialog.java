package io.jifen.score.job.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.jifen.score.job.JobProgress;
import io.jifen.score.job.RecomputeService;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import java.time.LocalDate;

/**
 * Starts a background recompute of a unit's subtree for a range and shows its progress (units done of units total),
 * polling once a second while open. Closing the dialog does not stop the job: it runs on the server and can be
 * watched again from its id.
 */
public class RecomputeDialog extends Dialog {

    private final RecomputeService service;
    private final JifenUser user;
    private final long unitId;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button start = new Button();
    private Long jobId;
    private Registration polling;

    public RecomputeDialog(RecomputeService service, JifenUser user, long unitId, String unitName, LocalDate rangeFrom,
            LocalDate rangeTo) {
        this.service = service;
        this.user = user;
        this.unitId = unitId;
        setHeaderTitle(getTranslation("score.job.title", unitName));
        from.setLabel(getTranslation("score.job.from"));
        to.setLabel(getTranslation("score.job.to"));
        from.setValue(rangeFrom);
        to.setValue(rangeTo);
        bar.setVisible(false);
        start.setText(getTranslation("score.job.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        add(from, to, bar, status);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), start);
    }

    private void start() {
        try {
            jobId = service.start(user, unitId, from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            status.setText(getTranslation("score.job.error.range"));
            return;
        }
        start.setEnabled(false);
        bar.setVisible(true);
        show(service.progress(user, jobId));
    }

    private void show(JobProgress p) {
        bar.setValue(p.fraction());
        status.setText(switch (p.state()) {
            case QUEUED -> getTranslation("score.job.queued");
            case RUNNING -> getTranslation("score.job.running", p.unitsDone(), p.unitsTotal());
            case DONE -> getTranslation("score.job.done", p.unitsTotal());
            case FAILED -> getTranslation("score.job.failed");
        });
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        UI ui = e.getUI();
        ui.setPollInterval(1000);
        polling = ui.addPollListener(p -> {
            if (jobId != null) {
                show(service.progress(user, jobId));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (polling != null) {
            polling.remove();
        }
        e.getUI().setPollInterval(-1);
        super.onDetach(e);
    }
}
