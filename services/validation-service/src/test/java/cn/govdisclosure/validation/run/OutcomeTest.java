package cn.govdisclosure.validation.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void warningsAndInformationDoNotBlockAcceptance() {
        assertThat(Outcome.of(List.of(violation(Severity.WARNING), violation(Severity.INFO))))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void oneErrorRejectsTheSubmission() {
        assertThat(Outcome.of(List.of(violation(Severity.WARNING), violation(Severity.ERROR))))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aReportWithoutViolationsIsAccepted() {
        assertThat(Outcome.of(List.of())).isEqualTo(Outcome.ACCEPTED);
    }

    private static Violation violation(Severity severity) {
        return new Violation("T3-1", severity, List.of("s3.received.total"), "…");
    }
}
