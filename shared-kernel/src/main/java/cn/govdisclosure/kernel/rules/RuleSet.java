package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.report.ReportContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules a report is checked against, evaluated together: every violation of every rule is reported, not only
 * the first. {@link #VERSION} is recorded with each result so that an outcome can be traced to the rules that
 * produced it.
 */
public final class RuleSet {

    /** Bump whenever a rule is added, removed or changes its meaning. */
    public static final String VERSION = "2021.1";

    private static final List<String> T3_OUTCOME_ROWS_EXCLUDED = List.of("received", "carriedOver", "totalHandled",
            "carriedForward");

    private static final List<Rule> RULES = List.of(
            new CompletenessRule("T2-1", Severity.ERROR, "二"),
            new ValueKindRule("T2-2", "二"),
            new FeeUnitRule(),
            new ForeignCellsRule(),
            new BalanceRule("T3-1", Severity.ERROR, RuleSet::applicationsCarriedThrough),
            new BalanceRule("T3-2", Severity.ERROR, RuleSet::outcomesAddUpToTotalHandled),
            new BalanceRule("T3-3", Severity.ERROR, RuleSet::applicantsAddUpToTotal),
            new ValueKindRule("T3-4", "三"),
            new CompletenessRule("T3-5", Severity.WARNING, "三"),
            new BalanceRule("T4-1", Severity.ERROR, RuleSet::resultsAddUpToTotal),
            new ValueKindRule("T4-2", "四"),
            new CompletenessRule("T4-2", Severity.ERROR, "四"),
            new ReviewsWithoutApplicationsRule());

    private RuleSet() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** All violations of the report, errors first, in rule order within a severity. */
    public static List<Violation> evaluate(ReportFormat format, ReportContent content) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : RULES) {
            violations.addAll(rule.check(format, content));
        }
        violations.sort(Comparator.comparing(Violation::severity));
        return List.copyOf(violations);
    }

    /** T3-1: for every column, received + carriedOver = totalHandled + carriedForward. */
    private static List<Balance> applicationsCarriedThrough(ReportFormat format) {
        TableBlock table = table3(format);
        return table.columns().stream().map(column -> new Balance(
                List.of(cell("totalHandled", column), cell("carriedForward", column)),
                List.of(cell("received", column), cell("carriedOver", column)),
                column.label() + "：三、本年度办理结果（七）总计加四、结转下年度继续办理之和，"
                        + "应等于一、本年新收加二、上年结转之和")).toList();
    }

    /** T3-2: for every column, totalHandled = the sum of the outcome rows （一） to （六）. */
    private static List<Balance> outcomesAddUpToTotalHandled(ReportFormat format) {
        TableBlock table = table3(format);
        List<RowDefinition> outcomes = table.rows().stream()
                .filter(row -> !T3_OUTCOME_ROWS_EXCLUDED.contains(row.id())).toList();
        return table.columns().stream().map(column -> new Balance(
                List.of(cell("totalHandled", column)),
                outcomes.stream().map(row -> cell(row.id(), column)).toList(),
                "三、本年度办理结果（七）总计·" + column.label() + "应等于（一）至（六）各项之和")).toList();
    }

    /** T3-3: for every row, total = naturalPerson + the five kinds of 法人或其他组织. */
    private static List<Balance> applicantsAddUpToTotal(ReportFormat format) {
        TableBlock table = table3(format);
        List<ColumnDefinition> applicants = table.columns().stream()
                .filter(column -> !column.id().equals("total")).toList();
        return table.rows().stream().map(row -> new Balance(
                List.of("s3." + row.id() + ".total"),
                applicants.stream().map(column -> "s3." + row.id() + "." + column.id()).toList(),
                row.fullLabel() + "·总计应等于自然人与法人或其他组织各项之和")).toList();
    }

    /** T4-1: for each group of table 四, total = upheld + corrected + other + pending. */
    private static List<Balance> resultsAddUpToTotal(ReportFormat format) {
        TableBlock table = format.table("四").blocks().get(0);
        return table.rows().stream().map(group -> new Balance(
                List.of("s4." + group.id() + ".total"),
                table.columns().stream().filter(column -> !column.id().equals("total"))
                        .map(column -> "s4." + group.id() + "." + column.id()).toList(),
                group.fullLabel() + "·总计应等于结果维持、结果纠正、其他结果、尚未审结之和")).toList();
    }

    private static TableBlock table3(ReportFormat format) {
        return format.table("三").blocks().get(0);
    }

    private static String cell(String rowId, ColumnDefinition column) {
        return "s3." + rowId + "." + column.id();
    }
}
