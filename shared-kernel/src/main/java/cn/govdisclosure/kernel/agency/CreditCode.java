package cn.govdisclosure.kernel.agency;

import java.util.Objects;

/**
 * 统一社会信用代码: the 18-character identifier every agency carries, checked as GB 32100-2015 defines it.
 *
 * <p>Characters come from a 31-symbol alphabet (digits and capital letters without I, O, Z, S, V). The last
 * character is a check character: 31 − (Σ value(cᵢ)·weightᵢ mod 31), with 31 written as 0.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the text is not a valid credit code (in Chinese, for the user), or null when it is valid. */
    public static String problemWith(String text) {
        if (text == null || text.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位字符“" + text.charAt(i) + "”不合法";
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return "统一社会信用代码校验位错误：应为" + expected + "，实为" + text.charAt(17);
        }
        return null;
    }

    /** The check character for the first 17 characters of a credit code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 6-digit administrative region code embedded at positions 3–8. */
    public String regionPart() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
