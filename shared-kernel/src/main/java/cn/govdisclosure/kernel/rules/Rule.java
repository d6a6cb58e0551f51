package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.util.List;

/** A check of the national format (勾稽关系 or plausibility), identified as in the format specification. */
public interface Rule {

    String id();

    Severity severity();

    /** Every violation of this rule in the report; empty when the report satisfies it. */
    List<Violation> check(ReportFormat format, ReportContent content);
}
