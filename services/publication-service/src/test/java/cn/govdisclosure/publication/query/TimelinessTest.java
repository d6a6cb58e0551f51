package cn.govdisclosure.publication.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final LocalDate DEADLINE = LocalDate.of(2024, 1, 31);

    @Test
    void aReportPublishedOnTheDeadlineIsOnTimeAndTheDayAfterLate() {
        assertThat(Timeliness.of(DEADLINE, DEADLINE, DEADLINE.plusYears(1))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(DEADLINE, DEADLINE.plusDays(1), DEADLINE.plusDays(1))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void anUnpublishedReportIsMissingOnlyOnceTheDeadlineHasPassed() {
        assertThat(Timeliness.of(DEADLINE, null, DEADLINE)).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(Timeliness.of(DEADLINE, null, DEADLINE.plusDays(1))).isEqualTo(Timeliness.MISSING);
    }

    @Test
    void groupsAgenciesByTheRegionOneLevelDown() {
        assertThat(new RegionFilter("140000").subRegionOf("140525")).isEqualTo("140500");
        assertThat(new RegionFilter("140000").subRegionOf("140000")).isEqualTo("140000");
        assertThat(new RegionFilter("140500").subRegionOf("140525")).isEqualTo("140525");
        assertThat(new RegionFilter("140500").subRegionOf("140500")).isEqualTo("140500");
        assertThat(new RegionFilter("140525").subRegionOf("140525")).isEqualTo("140525");
        assertThat(new RegionFilter("140500").level()).isEqualTo("市级");
    }
}
