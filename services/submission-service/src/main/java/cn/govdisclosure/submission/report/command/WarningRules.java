package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.rules.Rule;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Severity;
import java.util.List;

/**
 * The rules an agency may explain: those of the current {@link RuleSet} that warn. An error must be corrected, and
 * information needs no answer. One id may name an error and a warning (T2-2 checks the kind of a value and warns
 * of an implausible fee); an explanation then covers the warning only.
 */
public final class WarningRules {

    private WarningRules() {
    }

    public static boolean explainable(String ruleId) {
        return rulesWithId(ruleId).stream().anyMatch(rule -> rule.severity() == Severity.WARNING);
    }

    /** Why {@code ruleId} takes no explanation, in the words agencies see; null when it does. */
    static String problemWith(String ruleId) {
        List<Rule> rules = rulesWithId(ruleId);
        if (rules.isEmpty()) {
            return "没有编号为“" + ruleId + "”的审核规则";
        }
        if (explainable(ruleId)) {
            return null;
        }
        return rules.get(0).severity() == Severity.ERROR
                ? "规则 " + ruleId + " 是错误，须更正报告，不能以说明代替"
                : "规则 " + ruleId + " 仅为提示，无需说明";
    }

    private static List<Rule> rulesWithId(String ruleId) {
        return RuleSet.rules().stream().filter(rule -> rule.id().equals(ruleId)).toList();
    }
}
