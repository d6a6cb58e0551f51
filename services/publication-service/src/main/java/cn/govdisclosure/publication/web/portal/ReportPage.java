package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.format.layout.TableLayout;
import java.util.List;

/**
 * Everything the portal page of one publication shows, in reading order: narrative parts up to 一、总体情况, the
 * tables, the remaining parts, then the warnings the report was published with and its versions.
 */
public record ReportPage(String title, String reportId, String agencyName, int year, int version, int latestVersion,
                         String url, String publishedOn, String formatBasis, List<NarrativePart> partsBeforeTables,
                         List<TableLayout> tables, List<NarrativePart> partsAfterTables, List<WarningLine> warnings,
                         List<VersionLink> versions, String auditHeadHash, Correction correction) {

    public boolean superseded() {
        return version < latestVersion;
    }

    public String latestPath() {
        return versions.get(versions.size() - 1).path();
    }

    /** A narrative part; {@code heading} is empty for the unnumbered preamble. */
    public record NarrativePart(String key, String heading, List<String> paragraphs) {
    }

    /** A finding published with the report; {@code explanation} is the agency's answer to a warning, or null. */
    public record WarningLine(String ruleId, String severity, String message, String explanation) {
    }

    public record VersionLink(int version, String path, boolean current) {
    }

    /** 更正说明: why this version corrects version {@code corrects}, and every figure it changed. */
    public record Correction(int corrects, String reason, List<ChangedFigure> changes) {
    }

    /** A figure a correction changed, named by its label; a blank is shown as —. */
    public record ChangedFigure(String cellId, String label, String oldValue, String newValue) {
    }
}
