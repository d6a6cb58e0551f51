package cn.govdisclosure.loadgenerator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.agency.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyPlanTest {

    @Test
    void everyAgencyOfASurgeHasItsOwnValidCreditCodeInItsCityLevelRegion() {
        List<AgencyPlan> plans = AgencyPlan.surge(1_764_480_000L, 500, 2026, 5, 5, 0.1);

        assertThat(plans).extracting(AgencyPlan::creditCode).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(CreditCode.problemWith(code)).isNull());
        assertThat(plans).allSatisfy(plan -> {
            assertThat(new CreditCode(plan.creditCode()).regionPart()).isEqualTo(plan.regionCode());
            assertThat(new RegionCode(plan.regionCode()).isCountyLevel()).isFalse();
        });
    }

    @Test
    void anotherRunGetsOtherAgencies() {
        assertThat(AgencyPlan.surge(1, 50, 2026, 5, 5, 0)).extracting(AgencyPlan::creditCode)
                .doesNotContainAnyElementsOf(AgencyPlan.surge(2, 50, 2026, 5, 5, 0).stream()
                        .map(AgencyPlan::creditCode).toList());
    }

    @Test
    void theFailingShareIsSpreadEvenly() {
        List<AgencyPlan> plans = AgencyPlan.surge(3, 100, 2026, 5, 5, 0.1);

        assertThat(plans.stream().filter(AgencyPlan::failsValidationFirst).count()).isEqualTo(10);
        assertThat(plans.subList(0, 10).stream().filter(AgencyPlan::failsValidationFirst).count()).isEqualTo(1);
    }

    @Test
    void theReportDueNextIsLastYearsOnlyInJanuary() {
        assertThat(AgencyPlan.yearDueNext(LocalDate.of(2027, 1, 31))).isEqualTo(2026);
        assertThat(AgencyPlan.yearDueNext(LocalDate.of(2027, 2, 1))).isEqualTo(2027);
    }
}
