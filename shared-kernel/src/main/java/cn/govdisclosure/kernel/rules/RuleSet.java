package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a report is checked against, evaluated together: every violation of every rule is reported, not only
 * the first. {@link #VERSION} is recorded with each result so that an outcome can be traced to the rules that
 * produced it.
 */
public final class RuleSet {

    /** Bump whenever a rule is added, removed or changes its meaning. */
    public static final String VERSION = "2021.2";

    private static final List<String> T3_OUTCOME_ROWS_EXCLUDED = List.of("received", "carriedOver", "totalHandled",
            "carriedForward");

    private static final List<Rule> RULES = List.of(
            new CompletenessRule("T2-1", Severity.ERROR, "表二各行均应填写", "二"),
            new ValueKindRule("T2-2", "表二件数为非负整数，收费金额为不小于0的万元数", "二"),
            new FeeUnitRule(),
            DocumentsInForceRule.inForce(),
            DocumentsInForceRule.repealedAtMostExisting(),
            new CountyRegulationsRule(),
            new ForeignCellsRule(),
            new BalanceRule("T3-1", Severity.ERROR,
                    "每一列：一、本年新收加二、上年结转，等于三、本年度办理结果（七）总计加四、结转下年度继续办理",
                    RuleSet::applicationsCarriedThrough),
            new BalanceRule("T3-2", Severity.ERROR, "每一列：（七）总计等于（一）至（六）各项之和",
                    RuleSet::outcomesAddUpToTotalHandled),
            new BalanceRule("T3-3", Severity.ERROR, "每一行：总计等于自然人与法人或其他组织各项之和",
                    RuleSet::applicantsAddUpToTotal),
            new ValueKindRule("T3-4", "表三各栏为非负整数", "三"),
            new CompletenessRule("T3-5", Severity.WARNING, "表三各栏均应填写，空白不视为0", "三"),
            new CarriedOverRule(),
            new NarrativeCountsRule(),
            new BalanceRule("T4-1", Severity.ERROR, "行政复议及两类行政诉讼各自的总计等于结果维持、结果纠正、其他结果、尚未审结之和",
                    RuleSet::resultsAddUpToTotal),
            new ValueKindRule("T4-2", "表四各栏为非负整数", "四"),
            new CompletenessRule("T4-2", Severity.ERROR, "表四各栏均应填写", "四"),
            new NarrativePartsRule(),
            new ReportPeriodRule(),
            new DeadlineRule(),
            new ReviewsWithoutApplicationsRule());

    private RuleSet() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * All violations of the report, errors first, then warnings, then information, in rule order within a
     * severity. A warning the agency has explained (by rule id) carries the explanation and no longer blocks.
     */
    public static List<Violation> evaluate(ReportUnderReview report) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : RULES) {
            violations.addAll(rule.check(report));
        }
        violations.sort(Comparator.comparing(Violation::severity));
        return violations.stream().map(violation -> explained(violation, report.content().explanations())).toList();
    }

    /**
     * The cells the format defines as the sum of others — the totals of tables 三 and 四 (T3-2, T3-3, T4-1) — each
     * with the cells it adds up, in layout order; a form shows the computed sum next to the typed total. A cell that
     * is a total both ways (三·（七）总计·总计) is listed with the first rule's addends.
     */
    public static Map<String, List<String>> totals(ReportFormat format) {
        Map<String, List<String>> totals = new LinkedHashMap<>();
        RULES.stream().filter(BalanceRule.class::isInstance).map(BalanceRule.class::cast)
                .flatMap(rule -> rule.balances().apply(format).stream())
                .filter(balance -> balance.left().size() == 1)
                .forEach(balance -> totals.putIfAbsent(balance.left().get(0), balance.right()));
        return totals;
    }

    /** True when nothing blocks acceptance: no error, and every warning explained. */
    public static boolean accepts(List<Violation> violations) {
        return violations.stream().noneMatch(Violation::blocksAcceptance);
    }

    private static Violation explained(Violation violation, Map<String, String> explanations) {
        String explanation = explanations.get(violation.ruleId());
        return violation.severity() == Severity.WARNING && explanation != null && !explanation.isBlank()
                ? violation.explainedBy(explanation) : violation;
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
