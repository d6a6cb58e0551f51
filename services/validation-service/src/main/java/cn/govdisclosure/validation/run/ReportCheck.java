package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;

/** The outcome a report would get now, with every violation: errors first, then warnings, then information. */
public record ReportCheck(String formatId, int year, String ruleSetVersion, Outcome outcome,
                          List<Violation> violations) {

    public ReportCheck {
        violations = List.copyOf(violations);
    }
}
