package io.jifen.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.jifen.organization.Member;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The members grid counts once per filter, not once per page (issue 6, item 8): counted on the statements Hibernate
 * really sends while the grid scrolls through the 60 members of QS in pages of 10, is re-sorted and re-filtered.
 */
class MembersGridQueriesTest extends KaribuTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;
    MembersView view;

    @BeforeEach
    void openGrid() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().navigate("members");
        view = (MembersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        view.grid.setPageSize(10);
        MockVaadin.clientRoundtrip(false);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void scrollingSixPagesRunsOneCountAndSixPageQueries() {
        statistics.clear();
        view.refresh();
        scrollThroughAllPages();

        assertThat(countQueries()).as("COUNT statements for one filter").isEqualTo(1);
        assertThat(pageQueries()).as("page statements, one per page of 10 of the 60 members").isEqualTo(6);
    }

    @Test
    void aSortChangeRefetchesPagesButDoesNotCountAgainAndAFilterChangeCountsOnce() {
        statistics.clear();
        view.refresh();
        scrollThroughAllPages();
        Grid.Column<Member> name = view.grid.getColumns().getFirst();
        view.grid.sort(List.of(new GridSortOrder<>(name, SortDirection.DESCENDING)));
        scrollThroughAllPages();
        assertThat(countQueries()).isEqualTo(1);

        view.filters.name.setValue("文");
        scrollThroughAllPages();

        assertThat(countQueries()).as("one more COUNT for the new filter").isEqualTo(2);
        assertThat(view.grid.getDataCommunicator().getItemCount()).isBetween(1, 59);
    }

    private void scrollThroughAllPages() {
        for (int offset = 0; offset < 60; offset += 10) {
            view.grid.getDataCommunicator().setViewportRange(offset, 10);
            MockVaadin.clientRoundtrip(false);
        }
    }

    private long countQueries() {
        return statementsOnMembers(true);
    }

    private long pageQueries() {
        return statementsOnMembers(false);
    }

    /** Executions of the member queries Hibernate recorded, split into COUNT statements and row fetches. */
    private long statementsOnMembers(boolean counts) {
        long total = 0;
        for (String query : statistics.getQueries()) {
            String lower = query.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("member") && lower.contains("count(") == counts) {
                total += statistics.getQueryStatistics(query).getExecutionCount();
            }
        }
        return total;
    }
}
