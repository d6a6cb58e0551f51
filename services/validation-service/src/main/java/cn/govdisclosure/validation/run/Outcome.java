package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;

/** The verdict on one submission: one error blocks acceptance, warnings and information do not. */
public enum Outcome {
    ACCEPTED,
    REJECTED;

    public static Outcome of(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::blocksAcceptance) ? REJECTED : ACCEPTED;
    }
}
