package cn.govdisclosure.kernel.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgencyKindTest {

    @Test
    void aDepartmentPublishesByTheThirtyFirstOfJanuaryOfTheFollowingYear() {
        assertThat(AgencyKind.DEPARTMENT.deadline(2023)).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void aCountyLevelOrHigherPeoplesGovernmentPublishesByTheThirtyFirstOfMarch() {
        assertThat(AgencyKind.PEOPLES_GOVERNMENT.deadline(2023)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(AgencyKind.PEOPLES_GOVERNMENT.label()).isEqualTo("县级以上人民政府");
    }

    @Test
    void isNamedExactlyOrNotAtAll() {
        assertThat(AgencyKind.named("PEOPLES_GOVERNMENT")).contains(AgencyKind.PEOPLES_GOVERNMENT);
        assertThat(AgencyKind.named("peoples_government")).isEmpty();
        assertThat(AgencyKind.named(null)).isEmpty();
    }
}
