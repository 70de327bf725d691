package io.jifen.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Several sources each know a part of a unit's status: merged field by field, the first answer kept. */
class BranchStatusTest {

    @Test
    void sourcesFillEachOthersGaps() {
        BranchStatus publication = new BranchStatus("publication.state.PUBLISHED", 2, 1, null, null);
        BranchStatus tasks = new BranchStatus(null, 9, null, 4, 3);
        assertThat(publication.merge(tasks)).isEqualTo(new BranchStatus("publication.state.PUBLISHED", 2, 1, 4, 3));
        assertThat(BranchStatus.UNKNOWN.merge(tasks)).isEqualTo(tasks);
        assertThat(BranchStatus.UNKNOWN.merge(BranchStatus.UNKNOWN)).isEqualTo(BranchStatus.UNKNOWN);
    }
}
