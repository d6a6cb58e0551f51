package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T3-7: counts the narrative states (收到申请N件, 办结N件, 结转下年度N件, 行政复议N件, 行政诉讼N件, 未收到申请 …) must
 * be the table's. Each statement that contradicts the table is its own warning, quoting the statement.
 */
record NarrativeCountsRule() implements Rule {

    private static final String N = ChineseNumbers.PATTERN;

    /** A kind of statement, the cells whose sum it states, and what the table calls that sum. */
    private record Statement(Pattern pattern, List<String> cells, String tableLabel) {
    }

    private static final List<Statement> STATEMENTS = List.of(
            new Statement(Pattern.compile("(?<!上年)(?:共|累计)?(?:收到|新收|受理)(?:政府信息公开|依申请公开)?(?:申请)?(?:共|累计)?" + N + "(?:件|份|条)"),
                    List.of("s3.received.total"), "表三一、本年新收政府信息公开申请数量·总计"),
            new Statement(Pattern.compile("上年结转(?:政府信息公开申请|申请)?(?:共)?" + N + "件"),
                    List.of("s3.carriedOver.total"), "表三二、上年结转政府信息公开申请数量·总计"),
            new Statement(Pattern.compile("(?:办结|答复)(?:政府信息公开申请|申请)?(?:共)?" + N + "件"),
                    List.of("s3.totalHandled.total"), "表三三、本年度办理结果（七）总计·总计"),
            new Statement(Pattern.compile("结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?(?:共)?" + N + "件"),
                    List.of("s3.carriedForward.total"), "表三四、结转下年度继续办理·总计"),
            new Statement(Pattern.compile("行政复议(?:案件|申请)?(?:共|合计)?" + N + "(?:件|起)"),
                    List.of("s4.review.total"), "表四行政复议·总计"),
            new Statement(Pattern.compile("行政诉讼(?:案件)?(?:共|合计)?" + N + "(?:件|起)"),
                    List.of("s4.litigationDirect.total", "s4.litigationAfterReview.total"), "表四行政诉讼两项总计之和"));

    /** Statements that a count is nil. */
    private static final List<Statement> NONE = List.of(
            new Statement(Pattern.compile("未(?:收到|受理)(?:过)?(?:任何)?(?:政府信息公开申请|依申请公开|信息公开申请)"),
                    List.of("s3.received.total"), "表三一、本年新收政府信息公开申请数量·总计"),
            new Statement(Pattern.compile("未(?:发生|收到|涉及)[^，。；]{0,12}行政复议"),
                    List.of("s4.review.total"), "表四行政复议·总计"),
            new Statement(Pattern.compile("未(?:发生|收到|涉及)[^，。；]{0,12}行政诉讼"),
                    List.of("s4.litigationDirect.total", "s4.litigationAfterReview.total"), "表四行政诉讼两项总计之和"));

    @Override
    public String id() {
        return "T3-7";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "正文所述的申请、办结、结转、行政复议、行政诉讼件数应与表格一致";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return STATEMENTS.stream().flatMap(statement -> statement.cells().stream()).distinct().toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        List<Violation> violations = new ArrayList<>();
        for (String text : report.content().sections().values()) {
            for (Statement statement : STATEMENTS) {
                Matcher matcher = statement.pattern().matcher(text);
                while (matcher.find()) {
                    OptionalLong stated = ChineseNumbers.parse(matcher.group(1));
                    if (stated.isPresent()) {
                        compare(report, statement, matcher.group(), stated.getAsLong(), violations);
                    }
                }
            }
            for (Statement statement : NONE) {
                Matcher matcher = statement.pattern().matcher(text);
                while (matcher.find()) {
                    compare(report, statement, matcher.group(), 0, violations);
                }
            }
        }
        return violations;
    }

    private void compare(ReportUnderReview report, Statement statement, String quote, long stated,
                         List<Violation> violations) {
        List<BigDecimal> values = statement.cells().stream().map(report::figure).toList();
        if (values.stream().anyMatch(Objects::isNull)) {
            return;
        }
        BigDecimal inTable = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (inTable.compareTo(BigDecimal.valueOf(stated)) != 0) {
            violations.add(new Violation(id(), severity(), statement.cells(), "正文所述“" + quote + "”与"
                    + statement.tableLabel() + "（" + inTable.toPlainString() + "）不一致"));
        }
    }
}
