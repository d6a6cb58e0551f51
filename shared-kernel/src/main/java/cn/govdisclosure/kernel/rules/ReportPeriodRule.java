package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * the year the report states — its 统计期限 (1 January to 31 December) and its title — is the report year.
 * Reports copied from the year before and not fully updated are caught here.
 */
record ReportPeriodRule() implements Rule {

    private static final Pattern PERIOD_START = Pattern.compile("(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
    private static final Pattern PERIOD_END = Pattern.compile("(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");
    private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*政府信息公开工作年度报告");

    @Override
    public String id() {
        return "X-2";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "报告所述统计期限和标题中的年度应与报告年度一致";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return List.of();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        String preamble = report.content().section("preamble");
        List<Violation> violations = new ArrayList<>();
        mismatch(report, PERIOD_START, preamble, "统计期限起始").ifPresent(violations::add);
        mismatch(report, PERIOD_END, preamble, "统计期限截止").ifPresent(violations::add);
        mismatch(report, TITLE, preamble, "标题").ifPresent(violations::add);
        return violations;
    }

    private java.util.Optional<Violation> mismatch(ReportUnderReview report, Pattern pattern, String text,
                                                   String what) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (Integer.parseInt(matcher.group(1)) != report.year()) {
                return java.util.Optional.of(new Violation(id(), severity(), List.of(), what + "“" + matcher.group()
                        + "”与报告年度" + report.year() + "年不一致"));
            }
        }
        return java.util.Optional.empty();
    }
}
