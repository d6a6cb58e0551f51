package cn.govdisclosure.parser;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a label as written in a document with an official one, both as {@link Folding#key keys}. Exact means
 * equal keys. Approximate covers what real reports do to labels, each rule narrow enough not to confuse two
 * labels of the format: a known variant word (其它), another enumerator style or none ((一)予以公开 as 予以公开),
 * an omitted parenthesis ((二)部分公开 without （区分处理的…）), a shortened label (规范性文件, 社会公益, (六)其他),
 * and a single typing error in a long label.
 */
final class LabelMatcher {

    enum Quality { NONE, APPROXIMATE, EXACT }

    /** Words real reports use instead of the official ones, folded. */
    private static final Map<String, String> VARIANT_WORDS = Map.of(
            "其它", "其他",
            "法人和其他组织", "法人或其他组织",
            "法人及其他组织", "法人或其他组织");

    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:\\(?[一二三四五六七八九十]+[)、.]|\\d{1,2}\\.|第[一二三四五六七八九十]+部分)+");
    private static final String ENUMERATOR_START = "(一二三四五六七八九十第0123456789";
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\([^()]*\\)$");

    private static final int SHORTENED_MIN_LENGTH = 4;
    private static final int TYPO_MIN_LENGTH = 6;

    private LabelMatcher() {
    }

    static Quality compare(String officialKey, String writtenKey) {
        if (writtenKey.isEmpty()) {
            return Quality.NONE;
        }
        if (officialKey.equals(writtenKey)) {
            return Quality.EXACT;
        }
        return approximately(officialKey, withVariantWords(writtenKey)) ? Quality.APPROXIMATE : Quality.NONE;
    }

    /** The key with its leading enumerators ({@code 一、}, {@code (三)}, {@code 1.}) removed. */
    static String withoutEnumerator(String key) {
        if (key.isEmpty() || ENUMERATOR_START.indexOf(key.charAt(0)) < 0) {
            return key;
        }
        return ENUMERATOR.matcher(key).replaceFirst("");
    }

    static boolean hasEnumerator(String key) {
        return ENUMERATOR.matcher(key).find();
    }

    private static String withVariantWords(String key) {
        String result = key;
        for (Map.Entry<String, String> variant : VARIANT_WORDS.entrySet()) {
            result = result.replace(variant.getKey(), variant.getValue());
        }
        return result;
    }

    private static boolean approximately(String official, String written) {
        if (official.equals(written)) {
            return true;
        }
        String officialCore = withoutParenthesis(withoutEnumerator(official));
        String writtenCore = withoutParenthesis(withoutEnumerator(written));
        if (officialCore.length() >= 2 && officialCore.equals(writtenCore)
                && (officialCore.length() >= 3 || hasEnumerator(written))) {
            return true;
        }
        if (shortened(official, written) || shortened(officialCore, writtenCore)) {
            return true;
        }
        return officialCore.length() >= TYPO_MIN_LENGTH && withinOneEdit(officialCore, writtenCore);
    }

    private static String withoutParenthesis(String key) {
        String stripped = TRAILING_PARENTHESIS.matcher(key).replaceFirst("");
        return stripped.isEmpty() ? key : stripped;
    }

    /** The written label is the official one with words cut off at either end, keeping most of it. */
    private static boolean shortened(String official, String written) {
        return written.length() >= SHORTENED_MIN_LENGTH && written.length() * 2 >= official.length()
                && written.length() < official.length()
                && (official.startsWith(written) || official.endsWith(written));
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
