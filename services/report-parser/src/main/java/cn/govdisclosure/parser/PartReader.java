package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.SectionDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the text of the narrative parts. Nothing the agency wrote is dropped: a part the format does not have
 * (a separate 下一步工作计划) is kept, under its own heading, inside the prescribed part it continues — the
 * improvements go to 存在的主要问题及改进情况, anything else to the part before it — and the agency is told.
 */
final class PartReader {

    private PartReader() {
    }

    static Map<String, String> read(ReportFormat format, Outline outline, Notes notes) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        String previousPart = "preamble";
        for (Outline.Segment segment : outline.segments()) {
            switch (segment.kind()) {
                case PREAMBLE -> append(texts, "preamble", null, segment);
                case PART -> {
                    if (texts.containsKey(segment.key()) || !segment.exactTitle()) {
                        notes.add(ParseNote.Kind.PART_MAPPED, segment.key(), "原文“" + segment.heading() + "”"
                                + (texts.containsKey(segment.key()) ? "与前文同属" : "已作为")
                                + "「" + heading(format, segment.key()) + "」部分读取，请核对。", segment.location());
                    }
                    append(texts, segment.key(), texts.containsKey(segment.key()) ? segment.heading() : null, segment);
                    previousPart = segment.key();
                }
                case EXTRA -> {
                    String core = LabelMatcher.withoutEnumerator(Folding.key(segment.heading()));
                    String part = PartTitles.continuesImprovements(core) ? PartTitles.IMPROVEMENTS_PART : previousPart;
                    notes.add(ParseNote.Kind.PART_MAPPED, part, "原文“" + segment.heading() + "”不是格式规定的部分，"
                            + "已连同标题并入「" + heading(format, part) + "」部分，请核对。", segment.location());
                    append(texts, part, segment.heading(), segment);
                }
                case TABLE -> { }
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (SectionDefinition section : format.sections()) {
            StringBuilder text = texts.get(section.key());
            if (text == null || text.toString().isBlank()) {
                notes.add(ParseNote.Kind.PART_NOT_FOUND, section.key(), "未找到「" + heading(format, section.key())
                        + "」部分，请补充。", Location.UNKNOWN);
            } else {
                parts.put(section.key(), text.toString().strip());
            }
        }
        return parts;
    }

    private static void append(Map<String, StringBuilder> texts, String part, String heading,
                               Outline.Segment segment) {
        StringBuilder text = texts.computeIfAbsent(part, key -> new StringBuilder());
        if (heading != null) {
            text.append(text.length() == 0 ? "" : "\n").append(heading);
        }
        for (SourceRow row : segment.rows()) {
            if (!row.tabular()) {
                text.append(text.length() == 0 ? "" : "\n").append(row.cells().get(0).text().strip());
            }
        }
    }

    private static String heading(ReportFormat format, String part) {
        return format.sections().stream().filter(section -> section.key().equals(part))
                .map(section -> section.heading().isEmpty() ? "开头部分" : section.heading())
                .filter(Objects::nonNull).findFirst().orElse(part);
    }
}
