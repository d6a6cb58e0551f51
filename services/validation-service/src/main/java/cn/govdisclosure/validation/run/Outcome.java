package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;

/**
 * The verdict on one submission: accepted when nothing blocks it, that is no error and every warning explained by
 * the agency. Information never blocks.
 */
public enum Outcome {
    ACCEPTED,
    REJECTED;

    public static Outcome of(List<Violation> violations) {
        return RuleSet.accepts(violations) ? ACCEPTED : REJECTED;
    }
}
