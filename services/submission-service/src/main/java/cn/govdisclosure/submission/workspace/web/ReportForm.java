package cn.govdisclosure.submission.workspace.web;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.layout.TableLayout;
import cn.govdisclosure.kernel.format.layout.TableLayouts;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.submission.report.query.ReportView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's form, generated from its format definition: the tables in the national layout (the layout the
 * portal prints, from the shared kernel) with an input per figure, the narrative parts, every cell's label, and for
 * each total the cells it adds up, so that the page can show the computed sum next to the typed one.
 */
record ReportForm(List<TableLayout> tables, List<SectionField> sections, Map<String, String> sectionHeadings,
                  Map<String, String> labels, Map<String, String> sums, String explanationsJson) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A narrative part: its key, its heading in the format (empty for the preamble) and its text. */
    record SectionField(String key, String heading, String text) {
    }

    static ReportForm of(ReportFormat format, ReportView report) {
        List<SectionField> sections = format.sections().stream().map(section -> new SectionField(section.key(),
                section.heading().isEmpty() ? "开头（发布机关、依据）" : section.heading(),
                report.sections().getOrDefault(section.key(), ""))).toList();
        Map<String, String> headings = new LinkedHashMap<>();
        sections.forEach(section -> headings.put(section.key(), section.heading()));
        Map<String, String> labels = new LinkedHashMap<>();
        format.cells().values().forEach(cell -> labels.put(cell.id(), label(cell)));
        Map<String, String> sums = new LinkedHashMap<>();
        RuleSet.totals(format).forEach((total, addends) -> sums.put(total, String.join(" ", addends)));
        return new ReportForm(format.tables().stream().map(table -> TableLayouts.of(table, report.figures()))
                .toList(), sections, headings, labels, sums, json(report.explanations()));
    }

    private static String label(CellDefinition cell) {
        return "表" + cell.table().key() + "·" + cell.label();
    }

    private static String json(Map<String, String> explanations) {
        try {
            return JSON.writeValueAsString(explanations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
