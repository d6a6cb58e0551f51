package cn.govdisclosure.kernel.rules;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated reports whose figures add up as the format requires must pass every error rule; changing any one
 * figure of tables 三 or 四 must then trip an error rule that names that very cell.
 */
class ConsistentReportPropertyTest {

    private static final TableBlock TABLE_3 = FORMAT_2021.table("三").blocks().get(0);
    private static final TableBlock TABLE_4 = FORMAT_2021.table("四").blocks().get(0);
    private static final List<String> NOT_OUTCOMES = List.of("received", "carriedOver", "totalHandled",
            "carriedForward");

    @Property(tries = 300)
    void consistentReportsPassEveryErrorRule(@ForAll("consistentFigures") Map<String, BigDecimal> figures) {
        List<Violation> violations = RuleSet.evaluate(ReportUnderReview.draft(FORMAT_2021, 2023,
                new ReportContent(figures, Map.of())));

        assertThat(violations).noneMatch(violation -> violation.severity() == Severity.ERROR);
    }

    @Property(tries = 300)
    void changingOneFigureTripsARuleNamingThatCell(@ForAll("consistentFigures") Map<String, BigDecimal> figures,
                                                   @ForAll("tableCells") String cellId,
                                                   @ForAll("changes") int change) {
        Map<String, BigDecimal> changed = new HashMap<>(figures);
        changed.put(cellId, figures.get(cellId).add(BigDecimal.valueOf(change)).abs());
        if (changed.get(cellId).compareTo(figures.get(cellId)) == 0) {
            changed.put(cellId, figures.get(cellId).add(BigDecimal.ONE));
        }

        List<Violation> violations = RuleSet.evaluate(ReportUnderReview.draft(FORMAT_2021, 2023,
                new ReportContent(changed, Map.of())));

        assertThat(violations).anySatisfy(violation -> {
            assertThat(violation.severity()).isEqualTo(Severity.ERROR);
            assertThat(violation.cells()).contains(cellId);
        });
    }

    @Provide
    Arbitrary<Integer> changes() {
        return Arbitraries.integers().between(-50, 50).filter(change -> change != 0);
    }

    @Provide
    Arbitrary<String> tableCells() {
        return Arbitraries.of(FORMAT_2021.cells().keySet().stream()
                .filter(id -> id.startsWith("s3.") || id.startsWith("s4.")).toList());
    }

    /**
     * Table 三: random outcomes per applicant column; per column, what was handled plus what is carried forward is
     * split at random into what was received and what was carried over; totals are sums. Table 四: random results,
     * totals are sums. Table 二: random counts and a fee.
     */
    @Provide
    Arbitrary<Map<String, BigDecimal>> consistentFigures() {
        Arbitrary<List<Integer>> outcomes = Arbitraries.integers().between(0, 30).list()
                .ofSize(outcomeRows().size() * applicantColumns().size());
        Arbitrary<List<Integer>> forwarded = Arbitraries.integers().between(0, 10).list()
                .ofSize(applicantColumns().size());
        Arbitrary<List<Double>> receivedShares = Arbitraries.doubles().between(0, 1).list()
                .ofSize(applicantColumns().size());
        Arbitrary<List<Integer>> results = Arbitraries.integers().between(0, 20).list().ofSize(3 * 4);
        Arbitrary<List<Integer>> table2 = Arbitraries.integers().between(0, 500).list().ofSize(9);
        return Combinators.combine(outcomes, forwarded, receivedShares, results, table2)
                .as(ConsistentReportPropertyTest::figures);
    }

    private static Map<String, BigDecimal> figures(List<Integer> outcomes, List<Integer> forwarded,
                                                   List<Double> receivedShares, List<Integer> results,
                                                   List<Integer> table2) {
        Map<String, BigDecimal> figures = new HashMap<>();
        List<String> table2Cells = FORMAT_2021.cells().keySet().stream().filter(id -> id.startsWith("s2."))
                .filter(id -> !id.equals("s2.fees.amount")).toList();
        for (int i = 0; i < table2Cells.size(); i++) {
            figures.put(table2Cells.get(i), BigDecimal.valueOf(table2.get(i)));
        }
        figures.put("s2.fees.amount", new BigDecimal("0.25"));
        List<ColumnDefinition> columns = applicantColumns();
        for (int c = 0; c < columns.size(); c++) {
            int handled = 0;
            for (int r = 0; r < outcomeRows().size(); r++) {
                int value = outcomes.get(r * columns.size() + c);
                handled += value;
                put(figures, outcomeRows().get(r).id(), columns.get(c), value);
            }
            int forward = forwarded.get(c);
            int received = (int) Math.round((handled + forward) * receivedShares.get(c));
            put(figures, "totalHandled", columns.get(c), handled);
            put(figures, "carriedForward", columns.get(c), forward);
            put(figures, "received", columns.get(c), received);
            put(figures, "carriedOver", columns.get(c), handled + forward - received);
        }
        for (RowDefinition row : TABLE_3.rows()) {
            BigDecimal total = columns.stream().map(column -> figures.get("s3." + row.id() + "." + column.id()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            figures.put("s3." + row.id() + ".total", total);
        }
        for (int g = 0; g < TABLE_4.rows().size(); g++) {
            int total = 0;
            for (int r = 0; r < 4; r++) {
                int value = results.get(g * 4 + r);
                total += value;
                figures.put("s4." + TABLE_4.rows().get(g).id() + "." + TABLE_4.columns().get(r).id(),
                        BigDecimal.valueOf(value));
            }
            figures.put("s4." + TABLE_4.rows().get(g).id() + ".total", BigDecimal.valueOf(total));
        }
        return figures;
    }

    private static void put(Map<String, BigDecimal> figures, String row, ColumnDefinition column, int value) {
        figures.put("s3." + row + "." + column.id(), BigDecimal.valueOf(value));
    }

    private static List<RowDefinition> outcomeRows() {
        return TABLE_3.rows().stream().filter(row -> !NOT_OUTCOMES.contains(row.id())).toList();
    }

    private static List<ColumnDefinition> applicantColumns() {
        return TABLE_3.columns().stream().filter(column -> !column.id().equals("total")).toList();
    }
}
