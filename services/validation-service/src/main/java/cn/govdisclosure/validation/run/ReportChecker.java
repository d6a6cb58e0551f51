package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.rules.ReportUnderReview;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.validation.format.FormatCatalogue;
import cn.govdisclosure.validation.history.ReportHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Evaluates the rules on a report, together with the agency's report of the year before when this service knows
 * it. Submissions and forms being filled in are checked by the same code, so a form shows what a submission gets.
 */
@Service
public class ReportChecker {


    private final FormatCatalogue formats;
    private final ReportHistory history;
    private final Clock clock;

    ReportChecker(FormatCatalogue formats, ReportHistory history, Clock clock) {
        this.formats = formats;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The violations of a report as it would be submitted now; nothing is stored.
     *
     * @throws cn.govdisclosure.validation.format.UnknownFormatException when the format or year has no national
     *                                                                    format, or the two disagree
     */
    public ReportCheck handle(CheckReportQuery query) {
        ReportFormat format = formats.resolve(query.formatId(), query.year());
        int year = query.year() != null ? query.year() : lastYearOf(format);
        ReportUnderReview report = new ReportUnderReview(format, year, query.regionCode(), query.content(), null,
                null);
        List<Violation> violations = violationsOf(report, query.creditCode());
        return new ReportCheck(format.id(), year, RuleSet.VERSION, Outcome.of(violations), violations);
    }

    /** The violations of the report; {@code creditCode} ({@code null} when unknown) finds the year before. */
    List<Violation> violationsOf(ReportUnderReview report, String creditCode) {
        Optional<ReportUnderReview.PreviousYear> previous = creditCode == null ? Optional.empty()
                : history.previousYearOf(creditCode, report.year());
        return RuleSet.evaluate(previous.map(report::withPreviousYear).orElse(report));
    }

    /**
     * A form that names only the format is filling in the report being filed now, for last year; or, in the trial
     * format, the last year it was prescribed for.
     */
    private int lastYearOf(ReportFormat format) {
        int year = LocalDate.now(clock.withZone(ChineseDates.CHINA)).getYear() - 1;
        while (year > ReportFormats.FIRST_YEAR && !formats.forYear(year).id().equals(format.id())) {
            year--;
        }
        return year;
    }
}
