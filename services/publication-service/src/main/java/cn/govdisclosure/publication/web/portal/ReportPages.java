package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.SectionDefinition;
import cn.govdisclosure.kernel.format.layout.Figures;
import cn.govdisclosure.kernel.format.layout.TableLayouts;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.publication.query.PortalLinks;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.web.portal.ReportPage.NarrativePart;
import cn.govdisclosure.publication.web.portal.ReportPage.VersionLink;
import cn.govdisclosure.publication.web.portal.ReportPage.ChangedFigure;
import cn.govdisclosure.publication.web.portal.ReportPage.Correction;
import cn.govdisclosure.publication.web.portal.ReportPage.WarningLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the portal page of a publication from the format definition and the published content. */
final class ReportPages {

    /** The tables follow 一、总体情况 in both national formats. */
    private static final String LAST_PART_BEFORE_TABLES = "overview";
    /** Dates are printed as readers in China read them, whatever the server's zone. */

    private ReportPages() {
    }

    static ReportPage of(PublishedReport report) {
        return of(report, null);
    }

    /** The page of a version; {@code previous} is the version it corrects, null for a first publication. */
    static ReportPage of(PublishedReport report, PublishedReport previous) {
        ReportFormat format = ReportFormats.byId(report.formatId()).orElseThrow(
                () -> new IllegalStateException(report.reportId() + " has unknown format " + report.formatId()));
        List<NarrativePart> before = new ArrayList<>();
        List<NarrativePart> after = new ArrayList<>();
        for (SectionDefinition section : format.sections()) {
            (after.isEmpty() && !tablesFollow(before) ? before : after).add(part(section, report));
        }
        return new ReportPage(title(report), report.reportId(), report.agencyName(), report.year(),
                report.version(), report.latestVersion(), report.url(), ChineseDates.full(report.publishedAt()),
                format.basis(), before,
                format.tables().stream().map(table -> TableLayouts.of(table, report.figures())).toList(),
                after, report.warnings().stream().map(ReportPages::warning).toList(), versions(report),
                report.auditHeadHash(), correction(format, report, previous));
    }

    /** Every cell whose value differs from the corrected version's, in the format's layout order. */
    private static Correction correction(ReportFormat format, PublishedReport report, PublishedReport previous) {
        if (report.correctionReason() == null || previous == null) {
            return null;
        }
        List<ChangedFigure> changes = format.cells().values().stream()
                .filter(cell -> !sameValue(previous.figures().get(cell.id()), report.figures().get(cell.id())))
                .map(cell -> new ChangedFigure(cell.id(), cell.label(),
                        Figures.format(previous.figures().get(cell.id()), cell.kind()),
                        Figures.format(report.figures().get(cell.id()), cell.kind())))
                .toList();
        return new Correction(previous.version(), report.correctionReason(), changes);
    }

    private static boolean sameValue(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The title every report carries: {agency}{year}年政府信息公开工作年度报告. */
    static String title(PublishedReport report) {
        return report.agencyName() + report.year() + "年政府信息公开工作年度报告";
    }

    private static boolean tablesFollow(List<NarrativePart> before) {
        return !before.isEmpty() && before.get(before.size() - 1).key().equals(LAST_PART_BEFORE_TABLES);
    }

    private static NarrativePart part(SectionDefinition section, PublishedReport report) {
        String text = report.sections().getOrDefault(section.key(), "");
        List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new NarrativePart(section.key(), section.heading(), paragraphs);
    }

    private static WarningLine warning(Violation violation) {
        return new WarningLine(violation.ruleId(), violation.severity().label(), violation.message(),
                violation.explanation());
    }

    private static List<VersionLink> versions(PublishedReport report) {
        return report.versions().stream().map(version -> new VersionLink(version,
                PortalLinks.path(report.creditCode(), report.year(), version), version == report.version())).toList();
    }
}
