package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * administrative reviews or lawsuits about information disclosure presuppose applications; reporting them
 * while no application was received this year or carried over is implausible (they may concern earlier years,
 * so this only warns).
 */
record ReviewsWithoutApplicationsRule() implements Rule {

    private static final List<String> APPLICATIONS = List.of("s3.received.total", "s3.carriedOver.total");
    private static final List<String> DISPUTES = List.of("s4.review.total", "s4.litigationDirect.total",
            "s4.litigationAfterReview.total");

    @Override
    public String id() {
        return "X-4";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "本年未新收且无上年结转政府信息公开申请时，报告行政复议或行政诉讼的，请予说明";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return Stream.concat(APPLICATIONS.stream(), DISPUTES.stream()).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        BigDecimal applications = sum(APPLICATIONS, report);
        BigDecimal disputes = sum(DISPUTES, report);
        if (applications == null || disputes == null || applications.signum() != 0 || disputes.signum() == 0) {
            return List.of();
        }
        BigDecimal reviews = report.figure(DISPUTES.get(0));
        return List.of(new Violation(id(), severity(), reads(report.format()), "本年未新收且无上年结转政府信息公开申请，"
                + "但报告行政复议 " + reviews.toPlainString() + " 件、行政诉讼 "
                + disputes.subtract(reviews).toPlainString() + " 件，请说明"));
    }

    private static BigDecimal sum(List<String> cells, ReportUnderReview report) {
        List<BigDecimal> values = cells.stream().map(report::figure).toList();
        return values.stream().anyMatch(Objects::isNull) ? null
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
