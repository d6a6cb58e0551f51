package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a block's row labels in the rows under its table's heading, and checks its column headings. Exact labels
 * are found first for every row; only then are the approximate rules tried, on the places still unclaimed, so that
 * a shortened label never takes a row whose exact label is elsewhere in the table.
 */
final class LabelFinder {

    /** A line's neighbour holds part of a wrapped label only if it is this short. */
    private static final int MAXIMUM_WRAPPED_PART = 30;

    private final TableDefinition table;
    private final TableBlock block;
    private final List<SourceRow> rows;
    private final Location near;
    private final Notes notes;
    private final Set<String> officialLabels;
    private final Set<String> claimed = new HashSet<>();

    LabelFinder(ReportFormat format, TableDefinition table, TableBlock block, List<SourceRow> rows, Location near,
                Notes notes) {
        this.table = table;
        this.block = block;
        this.rows = rows;
        this.near = near;
        this.notes = notes;
        this.officialLabels = FormatLabels.keys(format);
    }

    /** Each row of the block that was found, with where; approximate labels are reported. */
    Map<RowDefinition, RowCandidate> findRows() {
        Map<RowDefinition, RowCandidate> found = new HashMap<>();
        for (LabelMatcher.Quality pass : List.of(LabelMatcher.Quality.EXACT, LabelMatcher.Quality.APPROXIMATE)) {
            int previousRow = -1;
            for (RowDefinition row : block.rows()) {
                if (found.containsKey(row)) {
                    previousRow = found.get(row).rowIndex();
                    continue;
                }
                Optional<RowCandidate> best = best(candidates(row, pass), previousRow);
                if (best.isPresent()) {
                    RowCandidate candidate = best.get();
                    found.put(row, candidate);
                    claimed.add(candidate.rowIndex() + ":" + candidate.position());
                    previousRow = candidate.rowIndex();
                    if (candidate.quality() == LabelMatcher.Quality.APPROXIMATE) {
                        notes.add(ParseNote.Kind.LABEL_APPROXIMATE, table.cellPrefix() + "." + row.id() + ".*",
                                "原文行标签“" + candidate.writtenLabel() + "”与格式「" + row.label()
                                        + "」不完全一致，已按「" + row.label() + "」读取，请核对。", candidate.location());
                    }
                }
            }
        }
        return found;
    }

    /**
     * Reports column headings that only approximately match; the values are read by position all the same. A
     * group heading over several columns (法人或其他组织) is reported once, for the table.
     */
    void checkColumnHeadings() {
        List<String> headings = headingKeys();
        Map<String, String> subjects = new LinkedHashMap<>();
        for (ColumnDefinition column : block.columns()) {
            column.groups().forEach(group -> subjects.putIfAbsent(group, table.cellPrefix()));
            subjects.put(column.label(), table.cellPrefix() + ".*." + column.id());
        }
        subjects.forEach((label, subject) -> {
            String official = Folding.officialKey(label);
            if (headings.contains(official)) {
                return;
            }
            headings.stream()
                    .filter(written -> !officialLabels.contains(written))
                    .filter(written -> LabelMatcher.compare(official, written) == LabelMatcher.Quality.APPROXIMATE)
                    .findFirst()
                    .ifPresent(written -> notes.add(ParseNote.Kind.LABEL_APPROXIMATE, subject, "原文表头“" + written
                            + "”与格式栏目「" + label + "」不完全一致，已按「" + label + "」读取，请核对。", near));
        });
    }

    private List<String> headingKeys() {
        List<String> keys = new ArrayList<>();
        for (SourceRow row : rows) {
            for (SourceCell cell : row.cells()) {
                if (cell.spanContinuation() || cell.labelPart().isEmpty()) {
                    continue;
                }
                keys.add(cell.labelKey());
                if (!row.tabular()) {
                    for (String word : cell.labelPart().split(" ")) {
                        keys.add(Folding.key(word));
                    }
                }
            }
        }
        return keys;
    }

    /** A row with figures beats a heading with the same label; then the first one after the previous row. */
    private static Optional<RowCandidate> best(List<RowCandidate> candidates, int previousRow) {
        RowCandidate best = null;
        for (RowCandidate candidate : candidates) {
            if (best == null || rank(candidate, previousRow) > rank(best, previousRow)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(RowCandidate candidate, int previousRow) {
        return (candidate.hasFigures() ? 4 : 0) + (candidate.hasValues() ? 2 : 0)
                + (candidate.rowIndex() > previousRow ? 1 : 0);
    }

    private List<RowCandidate> candidates(RowDefinition row, LabelMatcher.Quality wanted) {
        String official = Folding.officialKey(row.label());
        List<String> captions = row.captions().stream().map(Folding::officialKey).toList();
        List<RowCandidate> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            SourceRow sourceRow = rows.get(r);
            List<SourceCell> cells = sourceRow.cells();
            for (int c = 0; c < cells.size(); c++) {
                SourceCell cell = cells.get(c);
                if (cell.spanContinuation() || cell.labelPart().isEmpty() || claimed.contains(r + ":" + c)) {
                    continue;
                }
                if (quality(official, captions, cell.labelKey(), wanted) == wanted) {
                    candidates.add(new RowCandidate(r, c, wanted, cell.writtenLabel(), cell.location(),
                            Token.after(sourceRow, c)));
                } else if (!sourceRow.tabular()) {
                    lineCandidate(r, official, captions, wanted).ifPresent(candidates::add);
                }
            }
        }
        return candidates;
    }

    /**
     * In a PDF or text line the label may be wrapped onto the neighbouring lines, or the line may be a header
     * listing several labels separated by spaces.
     */
    private Optional<RowCandidate> lineCandidate(int r, String official, List<String> captions,
                                                 LabelMatcher.Quality wanted) {
        SourceCell cell = rows.get(r).cells().get(0);
        if (!cell.tail().isEmpty()) {
            String previous = wrappedNeighbour(r - 1);
            String next = wrappedNeighbour(r + 1);
            for (String joined : List.of(previous + cell.labelPart(), cell.labelPart() + next,
                    previous + cell.labelPart() + next)) {
                if (!joined.equals(cell.labelPart())
                        && quality(official, captions, Folding.key(joined), wanted) == wanted) {
                    return Optional.of(new RowCandidate(r, 0, wanted, joined, cell.location(),
                            Token.after(rows.get(r), 0)));
                }
            }
            return Optional.empty();
        }
        String[] words = cell.labelPart().split(" ");
        for (int w = 0; w < words.length && words.length > 1; w++) {
            int position = -(w + 1);
            if (!claimed.contains(r + ":" + position)
                    && quality(official, captions, Folding.key(words[w]), wanted) == wanted) {
                return Optional.of(new RowCandidate(r, position, wanted, words[w], cell.location(), List.of()));
            }
        }
        return Optional.empty();
    }

    /** The text of a neighbouring line that could hold part of a wrapped label: a short line without values. */
    private String wrappedNeighbour(int r) {
        if (r < 0 || r >= rows.size() || rows.get(r).tabular()) {
            return "";
        }
        SourceCell cell = rows.get(r).cells().get(0);
        return cell.tail().isEmpty() && cell.labelPart().length() <= MAXIMUM_WRAPPED_PART ? cell.labelPart() : "";
    }

    /**
     * How well the written label matches, with and without the row's captions written in front of it
     * ((三)不予公开1.属于国家秘密). The exact pass only compares keys, which keeps parsing fast; the approximate
     * rules run only for rows that no exact label was found for, and never take another label of the format
     * (the column heading 其他 is not the row 3.其他).
     */
    private LabelMatcher.Quality quality(String official, List<String> captions, String written,
                                         LabelMatcher.Quality wanted) {
        if (wanted == LabelMatcher.Quality.EXACT && !written.endsWith(official)) {
            return LabelMatcher.Quality.NONE;
        }
        String withoutCaptions = written;
        for (String caption : captions) {
            if (withoutCaptions.startsWith(caption)) {
                withoutCaptions = withoutCaptions.substring(caption.length());
            }
        }
        if (official.equals(written) || official.equals(withoutCaptions)) {
            return LabelMatcher.Quality.EXACT;
        }
        if (wanted == LabelMatcher.Quality.EXACT || officialLabels.contains(written)) {
            return LabelMatcher.Quality.NONE;
        }
        LabelMatcher.Quality quality = LabelMatcher.compare(official, written);
        LabelMatcher.Quality withoutQuality = withoutCaptions.equals(written)
                ? LabelMatcher.Quality.NONE : LabelMatcher.compare(official, withoutCaptions);
        return withoutQuality.compareTo(quality) > 0 ? withoutQuality : quality;
    }
}
