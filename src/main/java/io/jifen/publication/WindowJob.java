package io.jifen.publication;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the 公示 windows that ended, on one replica at a time (ShedLock's row in {@code shedlock}). The state is in
 * {@code result_snapshot}, so a restart loses nothing: the next run closes whatever ended meanwhile.
 */
@Component
class WindowJob {

    private final PublicationService publications;

    WindowJob(PublicationService publications) {
        this.publications = publications;
    }

    @Scheduled(fixedDelayString = "${jifen.publication.window-check-every:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "publication-window-close", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void closeEndedWindows() {
        publications.closeEndedWindows();
    }
}
