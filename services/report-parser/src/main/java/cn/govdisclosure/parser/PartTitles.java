package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.SectionDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the narrative parts by their titles, never by their numbers (agencies split 五 in two, or insert a
 * part, and renumber the rest). The official titles come from the format; the synonyms below are what reports
 * actually write, and a heading matched by one of them is reported.
 */
final class PartTitles {

    /** Where a heading's text puts it. {@code exact} when it is the official title. */
    record PartMatch(String partKey, boolean exact) {
    }

    /** Keywords that identify a part whose heading is not the official one, per section key. */
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "overview", List.of("总体情况", "基本情况", "总体概况", "概述"),
            "problems", List.of("问题"),
            "other", List.of("其他需要报告", "其他事项"));

    /**
     * Headings of parts that the format does not have but that continue 存在的主要问题及改进情况: agencies often
     * split the improvements off into a part of their own.
     */
    private static final List<String> IMPROVEMENT_PLAN = List.of("下一步", "工作计划", "工作打算", "工作安排",
            "工作思路", "改进措施", "整改措施", "改进情况", "努力方向");

    static final String IMPROVEMENTS_PART = "problems";

    private PartTitles() {
    }

    static Optional<PartMatch> match(ReportFormat format, String headingCore) {
        for (SectionDefinition section : format.sections()) {
            if (!section.heading().isEmpty()
                    && LabelMatcher.withoutEnumerator(Folding.officialKey(section.heading())).equals(headingCore)) {
                return Optional.of(new PartMatch(section.key(), true));
            }
        }
        for (SectionDefinition section : format.sections()) {
            for (String synonym : SYNONYMS.getOrDefault(section.key(), List.of())) {
                if (headingCore.contains(synonym)) {
                    return Optional.of(new PartMatch(section.key(), false));
                }
            }
        }
        return Optional.empty();
    }

    static boolean continuesImprovements(String headingCore) {
        return IMPROVEMENT_PLAN.stream().anyMatch(headingCore::contains);
    }
}
