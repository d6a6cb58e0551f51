package cn.govdisclosure.validation.history;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import cn.govdisclosure.validation.format.FormatCatalogue;
import cn.govdisclosure.validation.format.UnknownFormatException;
import cn.govdisclosure.validation.history.KnownReport.Source;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The agencies' reports of past years this service knows, so that a report can be checked against the same
 * agency's report of the year before (rules T3-6, T2-3, T2-4): each published version as the publication service
 * announces it, and reports published before this system, loaded by hand.
 */
@Service
public class ReportHistory {

    private static final Logger log = LoggerFactory.getLogger(ReportHistory.class);

    private final KnownReports reports;
    private final FormatCatalogue formats;
    private final Clock clock;

    ReportHistory(KnownReports reports, FormatCatalogue formats, Clock clock) {
        this.reports = reports;
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * Keeps a published version; a redelivered or older version changes nothing.
     *
     * @return whether the version was stored
     * @throws UnknownFormatException when the report names no known format
     */
    public boolean handle(RecordPublishedReportCommand command) {
        formats.require(command.formatId());
        boolean stored = reports.recordPublished(new KnownReport(command.creditCode(), command.year(),
                command.formatId(), command.content(), command.version(), Source.PUBLISHED,
                command.recordedAt() == null ? now() : command.recordedAt().truncatedTo(ChronoUnit.MICROS)));
        log.info("Published report of {} for {}, version {}: {}", command.creditCode(), command.year(),
                command.version(), stored ? "recorded" : "a newer or the same version is known, unchanged");
        return stored;
    }

    /**
     * Keeps a report published before this system, replacing one loaded before.
     *
     * @return the report as stored
     * @throws InvalidReportException when the credit code, year, format, a cell or a value is wrong
     * @throws PublishedReportKnownException when a version of that report was published here
     */
    public KnownReport handle(LoadReportCommand command) {
        ReportFormat format = formatOf(command);
        KnownReport report = new KnownReport(command.creditCode(), command.year(), format.id(),
                contentOf(command, format), null, Source.LOADED, now());
        if (!reports.recordLoaded(report)) {
            throw new PublishedReportKnownException(find(command.creditCode(), command.year()).orElseThrow());
        }
        log.info("Report of {} for {} loaded", command.creditCode(), command.year());
        return report;
    }

    public Optional<KnownReport> find(String creditCode, int year) {
        return reports.find(creditCode, year);
    }

    /** The agency's report for the year before {@code year}, as the rules read it, when known. */
    public Optional<PreviousYear> previousYearOf(String creditCode, int year) {
        return find(creditCode, year - 1).map(known -> new PreviousYear(known.year(),
                formats.require(known.formatId()), known.content()));
    }

    private ReportFormat formatOf(LoadReportCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        String creditCodeProblem = CreditCode.problemWith(command.creditCode());
        if (creditCodeProblem != null) {
            problems.put("creditCode", creditCodeProblem);
        }
        int lastYear = LocalDate.now(clock.withZone(ChineseDates.CHINA)).getYear() - 1;
        if (command.year() < ReportFormats.FIRST_YEAR || command.year() > lastYear) {
            problems.put("year", "年度应在" + ReportFormats.FIRST_YEAR + "至" + lastYear + "之间（只能导入已结束年度的报告）");
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        try {
            return command.formatId() == null ? formats.forYear(command.year()) : formats.require(command.formatId());
        } catch (UnknownFormatException e) {
            throw new InvalidReportException(Map.of("formatId", e.getMessage()));
        }
    }

    /**
     * The figures in their canonical form, blank cells and sections left out. A loaded report without figures is
     * refused: the rules would find nothing to compare and say nothing, where "unknown" at least tells the agency.
     */
    private static ReportContent contentOf(LoadReportCommand command, ReportFormat format) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.figures().values().stream().allMatch(Objects::isNull)) {
            problems.put("figures", "请填写报告的表格数据");
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        command.figures().forEach((cellId, value) -> {
            CellDefinition cell = format.cells().get(cellId);
            if (cell == null) {
                problems.put("figures." + cellId, "栏目“" + cellId + "”不属于" + format.id() + "年版报告格式");
            } else if (value != null && cell.kind().problemWith(value) != null) {
                problems.put("figures." + cellId, cell.label() + cell.kind().problemWith(value));
            } else if (value != null) {
                figures.put(cellId, cell.kind().normalize(value));
            }
        });
        Map<String, String> sections = new LinkedHashMap<>();
        command.sections().forEach((key, text) -> {
            if (!format.hasSection(key)) {
                problems.put("sections." + key, "“" + key + "”不是报告格式的正文部分");
            } else if (text != null && !text.isBlank()) {
                sections.put(key, text);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        return new ReportContent(figures, sections);
    }

    /** PostgreSQL keeps microseconds; truncating here makes the report in hand equal the stored one. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
