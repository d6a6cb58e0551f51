package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The document cut into segments at its headings: the opening, the narrative parts, the tables and any extra
 * parts, each with the rows up to the next heading. A heading is a short line that is a part title, a table
 * title, or starts with a top-level ordinal (五、, 第五部分) without being text printed inside a table — table 三
 * has rows of its own that start with 一、 and 四、.
 */
final class Outline {

    enum SegmentKind { PREAMBLE, PART, TABLE, EXTRA }

    /**
     * @param key            the part's section key or the table's key; for an extra part, null
     * @param exactTitle     whether the heading is the official title (a part or table found by synonym is not)
     */
    record Segment(SegmentKind kind, String key, String heading, boolean exactTitle, Location location,
                   List<SourceRow> rows) {
    }

    private static final int MAXIMUM_HEADING_LENGTH = 40;
    private static final Pattern TOP_LEVEL_ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+部分)");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;！？]");

    private final List<Segment> segments;
    private final List<SourceRow> body;

    private Outline(List<Segment> segments, List<SourceRow> body) {
        this.segments = segments;
        this.body = body;
    }

    static Outline of(List<SourceRow> rows, ReportFormat format, ReportDetails details) {
        List<SourceRow> body = rows.subList(details.titleRow() + 1, Math.max(details.titleRow() + 1,
                details.signatureRow()));
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(SegmentKind.PREAMBLE, "preamble", "", true, Location.UNKNOWN, new ArrayList<>());
        segments.add(current);
        for (SourceRow row : body) {
            Optional<Segment> heading = heading(row, format);
            if (heading.isPresent()) {
                current = heading.get();
                segments.add(current);
            } else {
                current.rows().add(row);
            }
        }
        return new Outline(List.copyOf(segments), body);
    }

    List<Segment> segments() {
        return segments;
    }

    /** The rows between the body's title and signature, for looking up a table whose heading is missing. */
    List<SourceRow> body() {
        return body;
    }

    /** The rows under the table's heading(s); empty when no heading of the table was found. */
    List<SourceRow> tableRows(TableDefinition table) {
        List<SourceRow> rows = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.kind() == SegmentKind.TABLE && segment.key().equals(table.key())) {
                rows.addAll(segment.rows());
            }
        }
        return rows;
    }

    Optional<Segment> tableSegment(TableDefinition table) {
        return segments.stream()
                .filter(segment -> segment.kind() == SegmentKind.TABLE && segment.key().equals(table.key()))
                .findFirst();
    }

    private static Optional<Segment> heading(SourceRow row, ReportFormat format) {
        String text = row.singleText();
        if (text == null || text.length() > MAXIMUM_HEADING_LENGTH || SENTENCE_PUNCTUATION.matcher(text).find()
                || (!row.tabular() && !row.cells().get(0).tail().isEmpty())) {
            return Optional.empty();
        }
        String key = Folding.key(text);
        String core = LabelMatcher.withoutEnumerator(key);
        boolean ordinal = TOP_LEVEL_ORDINAL.matcher(key).find();
        Location location = row.location();
        for (TableDefinition table : format.tables()) {
            LabelMatcher.Quality quality = LabelMatcher.compare(
                    LabelMatcher.withoutEnumerator(Folding.officialKey(table.heading())), core);
            if (quality == LabelMatcher.Quality.EXACT || (ordinal && quality == LabelMatcher.Quality.APPROXIMATE)) {
                return Optional.of(new Segment(SegmentKind.TABLE, table.key(), text,
                        quality == LabelMatcher.Quality.EXACT, location, new ArrayList<>()));
            }
        }
        Optional<PartTitles.PartMatch> part = PartTitles.match(format, core);
        if (part.isPresent() && (part.get().exact() || ordinal) && !FormatLabels.isTableText(key)) {
            return Optional.of(new Segment(SegmentKind.PART, part.get().partKey(), text, part.get().exact(),
                    location, new ArrayList<>()));
        }
        if (ordinal && !row.tabular() && !FormatLabels.isTableText(key)) {
            return Optional.of(new Segment(SegmentKind.EXTRA, null, text, false, location, new ArrayList<>()));
        }
        return Optional.empty();
    }
}
