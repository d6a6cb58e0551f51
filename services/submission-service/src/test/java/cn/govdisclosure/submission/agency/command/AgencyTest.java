package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyTest {

    static final String CREDIT_CODE = KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE;
    static final Instant AT = Instant.parse("2024-02-01T02:00:00Z");

    private AggregateTestFixture<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
    }

    @Test
    void registersAnAgencyOfTheKindItNames() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(CREDIT_CODE, "泽州县人民政府", "140525", AgencyKind.PEOPLES_GOVERNMENT,
                        "admin", AT))
                .expectEvents(registered(AgencyKind.PEOPLES_GOVERNMENT));
    }

    @Test
    void recordsACorrectedKind() {
        fixture.given(registered(AgencyKind.DEPARTMENT))
                .when(new SetAgencyKindCommand(CREDIT_CODE, AgencyKind.PEOPLES_GOVERNMENT, "admin", AT))
                .expectEvents(new AgencyKindSetEvent(CREDIT_CODE, AgencyKind.PEOPLES_GOVERNMENT, "admin", AT));
    }

    @Test
    void recordsNothingWhenTheKindIsAlreadyThat() {
        fixture.given(registered(AgencyKind.DEPARTMENT),
                        new AgencyKindSetEvent(CREDIT_CODE, AgencyKind.PEOPLES_GOVERNMENT, "admin", AT))
                .when(new SetAgencyKindCommand(CREDIT_CODE, AgencyKind.PEOPLES_GOVERNMENT, "admin", AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static AgencyRegisteredEvent registered(AgencyKind kind) {
        return new AgencyRegisteredEvent(CREDIT_CODE, "泽州县人民政府", "140525", kind, "admin", AT);
    }
}
