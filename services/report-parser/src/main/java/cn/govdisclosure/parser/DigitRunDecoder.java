package cn.govdisclosure.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits runs of digits back into cells, for tables whose cell borders were lost (a PDF or a copy that printed
 * {@code 3000003} for a row of seven cells). A split is only accepted when it is the one split that satisfies the
 * row's sum rules (total = the sum of the other columns, rules T3-3 and T4-1): then it is what the agency wrote,
 * since the agency's own figures satisfy the rules. Anything else is ambiguous and the caller leaves it empty.
 */
final class DigitRunDecoder {

    /** A cell holds at most nine digits (ValueKind.MAXIMUM). */
    private static final int MAXIMUM_DIGITS = 9;

    /** {@code total} = the sum of {@code parts}, as indexes into the decoded cells. */
    record SumRule(int total, List<Integer> parts) {

        SumRule {
            parts = List.copyOf(parts);
        }

        int lastIndex() {
            return Math.max(total, parts.stream().mapToInt(Integer::intValue).max().orElse(total));
        }
    }

    private final List<String> runs;
    private final int cells;
    private final List<SumRule> rules;
    private final long[] values;
    /** The number of digits in the runs after each run. */
    private final int[] digitsAfter;
    private final List<long[]> solutions = new ArrayList<>();

    private DigitRunDecoder(List<String> runs, int cells, List<SumRule> rules) {
        this.runs = runs;
        this.cells = cells;
        this.rules = rules;
        this.values = new long[cells];
        this.digitsAfter = new int[runs.size()];
        for (int run = runs.size() - 2; run >= 0; run--) {
            digitsAfter[run] = digitsAfter[run + 1] + runs.get(run + 1).length();
        }
    }

    /**
     * The one way to read the runs as {@code cells} numbers, in order, that satisfies every sum rule; empty when
     * there is none or more than one, or when there are no sum rules to decide by.
     */
    static Optional<List<BigDecimal>> decode(List<String> runs, int cells, List<SumRule> rules) {
        int digits = runs.stream().mapToInt(String::length).sum();
        boolean onlyDigits = runs.stream().allMatch(run -> !run.isEmpty() && run.chars().allMatch(Character::isDigit));
        if (rules.isEmpty() || !onlyDigits || runs.size() > cells || digits < cells) {
            return Optional.empty();
        }
        DigitRunDecoder decoder = new DigitRunDecoder(runs, cells, rules);
        decoder.search(0, 0, 0);
        if (decoder.solutions.size() != 1) {
            return Optional.empty();
        }
        List<BigDecimal> decoded = new ArrayList<>(cells);
        for (long value : decoder.solutions.get(0)) {
            decoded.add(BigDecimal.valueOf(value));
        }
        return Optional.of(decoded);
    }

    private void search(int run, int offset, int cell) {
        if (solutions.size() > 1) {
            return;
        }
        if (cell == cells) {
            if (run == runs.size()) {
                solutions.add(values.clone());
            }
            return;
        }
        if (run == runs.size()) {
            return;
        }
        String digits = runs.get(run);
        int available = digits.length() - offset;
        long value = 0;
        for (int length = 1; length <= Math.min(available, MAXIMUM_DIGITS); length++) {
            if (length > 1 && digits.charAt(offset) == '0') {
                break;
            }
            value = value * 10 + (digits.charAt(offset + length - 1) - '0');
            boolean endsRun = length == available;
            int cellsLeft = cells - cell - 1;
            int runsLeft = runs.size() - run - (endsRun ? 1 : 0);
            int digitsLeft = digitsAfter[run] + available - length;
            if (cellsLeft < runsLeft || (!endsRun && cellsLeft == 0) || digitsLeft < cellsLeft
                    || digitsLeft > cellsLeft * MAXIMUM_DIGITS) {
                continue;
            }
            values[cell] = value;
            if (rulesHoldUpTo(cell)) {
                search(endsRun ? run + 1 : run, endsRun ? 0 : offset + length, cell + 1);
            }
        }
    }

    private boolean rulesHoldUpTo(int cell) {
        for (SumRule rule : rules) {
            if (rule.lastIndex() == cell) {
                long sum = rule.parts().stream().mapToLong(part -> values[part]).sum();
                if (sum != values[rule.total()]) {
                    return false;
                }
            }
        }
        return true;
    }
}
