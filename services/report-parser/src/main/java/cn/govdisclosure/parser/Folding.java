package cn.govdisclosure.parser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings the many ways a label is typed in real reports to one comparable form. {@link #fold} maps character for
 * character (so positions stay valid): full-width forms to ASCII, odd spaces and minus signs to plain ones, and
 * traditional characters to simplified ones. {@link #key} then drops everything that does not distinguish one
 * label from another: spaces and line breaks inside a cell, quotes, emphasis marks, and the style of enumerators
 * ({@code 1、}, {@code （1）} and {@code 1.} are the same).
 */
final class Folding {

    /**
     * Traditional characters and their simplified forms, for every character of the formats' labels, part and
     * table headings that has a traditional form (FoldingTest checks that each simplified one occurs there).
     * 復, 複 and 覆 all fold to 复 (复议, 重复, 反复).
     */
    private static final String TRADITIONAL = "規範現發廢數處決許強製費額單萬項條開請況結轉辦國穩護權屬務過執詢機關"
            + "沒補確訪舉報訴訟復複覆議維糾審計總經構業會組織類內於區這無當獲認繳納後減對採購體問題進動罰繼續";
    private static final String SIMPLIFIED = "规范现发废数处决许强制费额单万项条开请况结转办国稳护权属务过执询机关"
            + "没补确访举报诉讼复复复议维纠审计总经构业会组织类内于区这无当获认缴纳后减对采购体问题进动罚继续";

    private static final char[] MAP = buildMap();
    /** Keys of the format's own labels, asked for on every row of every document. */
    private static final Map<String, String> OFFICIAL_KEYS = new ConcurrentHashMap<>();

    /** Quotes and emphasis marks, which never distinguish one label from another. */
    private static final String IGNORED = "\"'“”‘’「」『』〝〞*";

    private Folding() {
    }

    private static char[] buildMap() {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("Traditional and simplified tables differ in length");
        }
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = foldChar((char) c);
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            map[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
        return map;
    }

    private static char foldChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF', '\t' -> ' ';
            case '\u2212', '\u2010', '\u2011' -> '-';
            case '\uFE59' -> '(';
            case '\uFE5A' -> ')';
            default -> c;
        };
    }

    /** The text with each character folded; same length as the input. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = MAP[chars[i]];
        }
        return new String(chars);
    }

    /** The comparable form of a label. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = MAP[text.charAt(i)];
            if (!Character.isWhitespace(c) && IGNORED.indexOf(c) < 0) {
                key.append(c);
            }
        }
        return withUniformEnumerators(key);
    }

    /** {@code (1)} and {@code 1、} become {@code 1.}, the enumerator style of the format's labels. */
    private static String withUniformEnumerators(StringBuilder key) {
        StringBuilder result = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            int digits = digitsAt(key, c == '(' ? i + 1 : i);
            if (c == '(' && digits > 0 && i + 1 + digits < key.length() && key.charAt(i + 1 + digits) == ')') {
                result.append(key, i + 1, i + 1 + digits).append('.');
                i += digits + 2;
            } else if (digits > 0 && i + digits < key.length() && key.charAt(i + digits) == '、'
                    && (i == 0 || (!Character.isDigit(key.charAt(i - 1)) && key.charAt(i - 1) != '.'))) {
                result.append(key, i, i + digits).append('.');
                i += digits + 1;
            } else {
                result.append(c);
                i++;
            }
        }
        return result.toString();
    }

    /** How many ASCII digits (one or two, as enumerators have) start at {@code index}. */
    private static int digitsAt(CharSequence text, int index) {
        int digits = 0;
        while (index + digits < text.length() && digits < 3 && text.charAt(index + digits) >= '0'
                && text.charAt(index + digits) <= '9') {
            digits++;
        }
        return digits <= 2 ? digits : 0;
    }

    /** The key of a label of the format definition, computed once. */
    static String officialKey(String label) {
        return OFFICIAL_KEYS.computeIfAbsent(label, Folding::key);
    }

    static String traditionalCharacters() {
        return TRADITIONAL;
    }

    static String simplifiedCharacters() {
        return SIMPLIFIED;
    }
}
