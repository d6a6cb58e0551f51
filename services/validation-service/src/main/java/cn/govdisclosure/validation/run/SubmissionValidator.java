package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.ReportUnderReview;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.validation.format.FormatCatalogue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Checks submissions against the rules of their format, and against the agency's report of the year before where
 * it is known at that moment, and keeps the outcome.
 */
@Service
public class SubmissionValidator {

    private static final Logger log = LoggerFactory.getLogger(SubmissionValidator.class);

    private final FormatCatalogue formats;
    private final ReportChecker checker;
    private final ValidationRuns runs;
    private final Clock clock;
    private final Map<Outcome, Counter> validations = new EnumMap<>(Outcome.class);

    SubmissionValidator(FormatCatalogue formats, ReportChecker checker, ValidationRuns runs, Clock clock,
                        MeterRegistry meters) {
        this.formats = formats;
        this.checker = checker;
        this.runs = runs;
        this.clock = clock;
        for (Outcome outcome : Outcome.values()) {
            validations.put(outcome, Counter.builder("validation.runs").tag("outcome", outcome.name().toLowerCase())
                    .description("Submissions validated, by outcome (redeliveries not counted)").register(meters));
        }
    }

    /**
     * Validates a submission and returns its stored run. A submission is validated once: when it arrives again
     * (a redelivery), the run stored the first time is returned unchanged, so the outcome sent on is the same, even
     * if the year before has become known since.
     *
     * @throws cn.govdisclosure.validation.format.UnknownFormatException when the submission names no known format
     */
    public ValidationRun handle(ValidateSubmissionCommand command) {
        ReportUnderReview report = new ReportUnderReview(formats.require(command.formatId()), command.year(),
                command.regionCode(), command.content(), command.submittedAt(), null, command.agencyKind());
        List<Violation> violations = checker.violationsOf(report, command.creditCode());
        ValidationRun run = new ValidationRun(command.reportId(), command.submissionNumber(),
                UUID.randomUUID().toString(), RuleSet.VERSION, Outcome.of(violations), violations, now());
        if (runs.recordIfAbsent(run)) {
            validations.get(run.outcome()).increment();
            log.info("Submission {} of report {} validated: {} with {} violations", run.submissionNumber(),
                    run.reportId(), run.outcome(), violations.size());
        }
        return runs.find(command.reportId(), command.submissionNumber()).orElseThrow();
    }

    /** PostgreSQL keeps microseconds; truncating here makes the run in hand equal the stored one. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
