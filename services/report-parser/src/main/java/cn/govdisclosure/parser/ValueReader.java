package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ValueKind;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one value as written in a report cell. Tokens arrive folded (full-width digits and separators are
 * already ASCII). A dash, slash or empty cell is blank, never 0; a unit or thousands separator is read but told;
 * anything that could mean more than one number (a decimal comma, an amount in 元) is unreadable.
 */
final class ValueReader {

    private static final String UNIT = "(万元|元|件|条|个|项|次)";
    private static final Pattern VALUE_TOKEN = Pattern.compile("[+-]?\\d(?:[\\d,.]*\\d)?(?:\\(?" + UNIT + "\\)?)?");
    private static final Pattern BLANK_MARKER = Pattern.compile("-+|—+|–+|―+|/|\\\\|无|空|不适用");
    private static final Pattern WITH_UNIT = Pattern.compile("(.*?)\\(?" + UNIT + "\\)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern GLUED_NUMBER = Pattern.compile("[\\p{IsHan})](\\d+(?:\\.\\d+)?)$");

    private ValueReader() {
    }

    enum Outcome { VALUE, BLANK, UNREADABLE }

    /**
     * What a cell's text amounts to. {@code explanation} says in Chinese how a value was read when the text was not
     * a plain number, or why the text is unreadable; null for a plain number or a blank.
     */
    record Reading(Outcome outcome, BigDecimal value, String explanation) {

        static Reading value(BigDecimal value, String interpretation) {
            return new Reading(Outcome.VALUE, value, interpretation);
        }

        static Reading blank() {
            return new Reading(Outcome.BLANK, null, null);
        }

        static Reading unreadable(String reason) {
            return new Reading(Outcome.UNREADABLE, null, reason);
        }
    }

    /** A token that stands in a value column: a number (with separators or a unit) or a blank marker. */
    static boolean isValueToken(String token) {
        if (isDigits(token)) {
            return true;
        }
        return VALUE_TOKEN.matcher(token).matches() || BLANK_MARKER.matcher(token).matches();
    }

    static boolean isDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return !token.isEmpty();
    }

    static boolean hasDigits(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }

    static boolean isBlank(String token) {
        return token.isBlank() || BLANK_MARKER.matcher(token.strip()).matches();
    }

    /**
     * Where a number glued to the end of a label starts (行政许可0), or -1. Only after a Chinese character or a
     * closing bracket, so that enumerators and years are left alone.
     */
    static int gluedNumberStart(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(token.length() - 1))) {
            return -1;
        }
        Matcher matcher = GLUED_NUMBER.matcher(token);
        return matcher.find() ? matcher.start(1) : -1;
    }

    static Reading read(String token, ValueKind kind) {
        String text = token.strip();
        if (isBlank(text)) {
            return Reading.blank();
        }
        String interpretation = null;
        Matcher unit = WITH_UNIT.matcher(text);
        if (unit.matches()) {
            String unitName = unit.group(2);
            boolean fitsKind = kind == ValueKind.AMOUNT ? unitName.equals("万元") : !unitName.endsWith("元");
            if (!fitsKind) {
                return Reading.unreadable(unitName.equals("元")
                        ? "金额单位为“元”，表中应填“万元”，未作换算"
                        : "单位“" + unitName + "”与该栏不符");
            }
            text = unit.group(1).strip();
            interpretation = "去掉单位“" + unitName + "”";
        }
        if (THOUSANDS.matcher(text).matches()) {
            text = text.replace(",", "");
            interpretation = interpretation == null ? "去掉千分位分隔符" : interpretation + "并去掉千分位分隔符";
        }
        if (!PLAIN.matcher(text).matches()) {
            return Reading.unreadable("无法识别为数值");
        }
        return Reading.value(kind.normalize(new BigDecimal(text)), interpretation);
    }
}
