package cn.govdisclosure.validation.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void explainedWarningsAndInformationDoNotBlockAcceptance() {
        assertThat(Outcome.of(List.of(violation(Severity.WARNING).explainedBy("上年度报告数据有误，已更正"),
                violation(Severity.INFO)))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aWarningWithoutExplanationRejectsTheSubmission() {
        assertThat(Outcome.of(List.of(violation(Severity.WARNING), violation(Severity.INFO))))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void oneErrorRejectsTheSubmission() {
        assertThat(Outcome.of(List.of(violation(Severity.WARNING).explainedBy("…"), violation(Severity.ERROR))))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aReportWithoutViolationsIsAccepted() {
        assertThat(Outcome.of(List.of())).isEqualTo(Outcome.ACCEPTED);
    }

    private static Violation violation(Severity severity) {
        return new Violation("T3-6", severity, List.of("s3.carriedOver.total"), "…");
    }
}
