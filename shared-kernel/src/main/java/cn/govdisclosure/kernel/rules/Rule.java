package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.util.List;

/**
 * A check of the national format (勾稽关系 or plausibility), identified as in the format specification. Rules are
 * data: each says what it checks, in Chinese, and which cells it reads, so that forms and tools can show them.
 */
public interface Rule {

    String id();

    Severity severity();

    /** What the rule requires, in the words of the format, for agencies. */
    String description();

    /** The cells the rule reads in a report of this format (empty where it reads text or dates only). */
    List<String> reads(ReportFormat format);

    /** Every violation of this rule in the report; empty when the report satisfies it. */
    List<Violation> check(ReportUnderReview report);
}
