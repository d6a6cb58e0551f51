package cn.govdisclosure.kernel.rules;

import java.util.Map;
import java.util.OptionalLong;

/** Reads counts as agencies write them in narratives: 12, １２ (full width), 十二, 一百零五, 两千三百. */
final class ChineseNumbers {

    /** A count written in Arabic, full-width or Chinese numerals, for use inside regular expressions. */
    static final String PATTERN = "([0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('三', 3), Map.entry('四', 4),
            Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private ChineseNumbers() {
    }

    static OptionalLong parse(String text) {
        if (text.chars().allMatch(c -> Character.isDigit(c))) {
            return OptionalLong.of(Long.parseLong(text.chars().map(c -> Character.digit(c, 10))
                    .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString()));
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (UNITS.containsKey(c)) {
                section += (digit < 0 ? 1 : digit) * UNITS.get(c);
                digit = -1;
            } else if (c == '万') {
                total += (section + Math.max(digit, 0)) * 10_000;
                section = 0;
                digit = -1;
            } else {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total + section + Math.max(digit, 0));
    }
}
