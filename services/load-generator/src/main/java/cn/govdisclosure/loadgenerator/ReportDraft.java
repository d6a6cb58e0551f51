package cn.govdisclosure.loadgenerator;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The report a simulated clerk fills in: first every cell of the 2021 format (a consistent report with nothing
 * received), then rounds that change the rows of table 二 which no sum ties together, so that every round is a real
 * change and the report stays valid. Its narrative parts state the year and the fee, as rules ask.
 */
final class ReportDraft {

    /** Rows of table 二 whose values no rule of the format ties to another cell (no previous year is known). */
    private static final List<String> FREE_CELLS = List.of("s2.regulations.issued", "s2.regulations.repealed",
            "s2.regulations.inForce", "s2.normativeDocuments.issued", "s2.normativeDocuments.repealed",
            "s2.normativeDocuments.inForce", "s2.licensing.decisions", "s2.punishment.decisions",
            "s2.coercion.decisions", "s2.fees.amount");
    /** Breaks the 勾稽关系 of table 三 (T3-1): an application received, but not in the total. */
    static final String BREAKING_CELL = "s3.received.naturalPerson";

    private static final ReportFormat FORMAT = ReportFormats.FORMAT_2021;

    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();
    private final SplittableRandom random;
    private final int year;

    ReportDraft(long seed, int year) {
        this.random = new SplittableRandom(seed);
        this.year = year;
    }

    /** The first round: every cell of the format. */
    Map<String, BigDecimal> firstRound() {
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        FORMAT.cells().keySet().forEach(cellId -> changes.put(cellId, BigDecimal.ZERO));
        return record(changes);
    }

    /** A later round: {@code cells} of the free rows get new values. */
    Map<String, BigDecimal> nextRound(int cells) {
        List<String> chosen = new ArrayList<>(FREE_CELLS);
        Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        for (String cellId : chosen.subList(0, Math.min(cells, chosen.size()))) {
            BigDecimal value;
            do {
                value = cellId.equals("s2.fees.amount")
                        ? BigDecimal.valueOf(random.nextInt(1, 100_000), 4)
                        : BigDecimal.valueOf(random.nextInt(0, 200));
            } while (value.compareTo(figures.getOrDefault(cellId, BigDecimal.ZERO)) == 0);
            changes.put(cellId, value);
        }
        return record(changes);
    }

    /** The last-minute slip of the agencies whose first submission fails validation. */
    Map<String, BigDecimal> slip() {
        return record(Map.of(BREAKING_CELL, BigDecimal.ONE));
    }

    /** Its correction once validation named the cell. */
    Map<String, BigDecimal> correction() {
        return record(Map.of(BREAKING_CELL, BigDecimal.ZERO));
    }

    Map<String, BigDecimal> figures() {
        return Collections.unmodifiableMap(figures);
    }

    Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("preamble", "本报告中所使用数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
        sections.put("overview", "本机关坚持以公开为常态、不公开为例外，依法主动公开政府信息。");
        sections.put("problems", "政府信息公开工作机制仍需完善，下一步将加强培训，提高公开质量。");
        sections.put("other", "本机关" + year + "年度未收取政府信息公开信息处理费。");
        return sections;
    }

    private Map<String, BigDecimal> record(Map<String, BigDecimal> changes) {
        figures.putAll(changes);
        return changes;
    }
}
