package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the format to read a document by. The report year prescribes it (2019 and 2020: the trial format;
 * from 2021: the 2021 format), but agencies have filed a year in the wrong format, so the tables' own labels are
 * counted too: only labels one format prints and the other does not. Where they clearly contradict the year, the
 * tables win, since the cells can only be read by the labels that are actually there, and the agency is told.
 */
final class FormatChooser {

    /** How many more distinctive labels the other format must show before it overrides the report year. */
    private static final int OVERRIDE_MARGIN = 3;

    private FormatChooser() {
    }

    static ReportFormat choose(Integer reportYear, List<SourceRow> rows, Notes notes) {
        List<String> keys = cellKeys(rows);
        int evidence2021 = evidence(ReportFormats.FORMAT_2021, ReportFormats.FORMAT_2019, keys);
        int evidence2019 = evidence(ReportFormats.FORMAT_2019, ReportFormats.FORMAT_2021, keys);
        Optional<ReportFormat> byYear = reportYear == null ? Optional.empty() : ReportFormats.forYear(reportYear);
        ReportFormat byLabels = evidence2019 > evidence2021 ? ReportFormats.FORMAT_2019 : ReportFormats.FORMAT_2021;
        if (byYear.isPresent()) {
            ReportFormat prescribed = byYear.get();
            boolean labelsContradict = byLabels != prescribed
                    && Math.abs(evidence2021 - evidence2019) >= OVERRIDE_MARGIN;
            if (!labelsContradict) {
                return prescribed;
            }
            notes.add(ParseNote.Kind.FORMAT_CHOSEN, "format", "报告年度为" + reportYear + "年，应使用"
                    + prescribed.basis() + "规定的格式，但表格标签属于" + byLabels.basis() + "规定的格式，已按表格实际格式读取，请核对。",
                    Location.UNKNOWN);
            return byLabels;
        }
        notes.add(ParseNote.Kind.FORMAT_CHOSEN, "format", (reportYear == null ? "未能确定报告年度" : "报告年度"
                + reportYear + "年早于现行格式") + "，按表格标签采用" + byLabels.basis() + "规定的格式读取，请核对。",
                Location.UNKNOWN);
        return byLabels;
    }

    private static List<String> cellKeys(List<SourceRow> rows) {
        List<String> keys = new ArrayList<>();
        for (SourceRow row : rows) {
            for (SourceCell cell : row.cells()) {
                String key = cell.labelKey();
                if (!key.isEmpty() && !cell.spanContinuation()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * How many of the labels only {@code format} prints occur in the document. A label counts only where no
     * longer label containing it occurs at the same place (处理决定数量 inside 本年处理决定数量 is the 2021 label).
     */
    private static int evidence(ReportFormat format, ReportFormat other, List<String> keys) {
        Set<String> all = FormatLabels.allKeys();
        int found = 0;
        for (String label : FormatLabels.distinctive(format, other)) {
            for (String key : keys) {
                if (key.contains(label) && all.stream().noneMatch(longer -> longer.length() > label.length()
                        && longer.contains(label) && key.contains(longer))) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }
}
