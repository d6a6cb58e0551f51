package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.SectionDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * the narrative parts are present, and 六、其他需要报告的事项 says what 信息处理费 was charged (or that none
 * was), as the format requires.
 */
record NarrativePartsRule() implements Rule {

    @Override
    public String id() {
        return "X-1";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "报告应包含开头部分及一、五、六各部分，六、其他需要报告的事项应说明信息处理费收取情况";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return List.of();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        List<Violation> violations = new ArrayList<>();
        for (SectionDefinition section : report.format().sections()) {
            if (report.content().section(section.key()).isBlank()) {
                violations.add(new Violation(id(), severity(), List.of(), "缺少"
                        + (section.heading().isEmpty() ? "报告开头部分（法律依据、统计期限、下载地址、联系方式）"
                        : "“" + section.heading() + "”部分")));
            }
        }
        String other = report.content().section("other");
        if (!other.isBlank() && !other.contains("处理费")) {
            violations.add(new Violation(id(), severity(), List.of(),
                    "六、其他需要报告的事项应说明本年度收取信息处理费的情况（未收取的也应说明）"));
        }
        return violations;
    }
}
