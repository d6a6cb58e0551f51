package cn.govdisclosure.publication.query;

import java.util.regex.Pattern;

/**
 * A 6-digit administrative division code (GB/T 2260) and the codes under it: a province (xx0000) covers every code
 * with its first 2 digits, a city (xxxx00) every code with its first 4, and a county only itself.
 */
public record RegionFilter(String code) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public RegionFilter {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("A region code has 6 digits: " + code);
        }
    }

    public static boolean isValid(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches();
    }

    /** The leading digits every region code under this one shares. */
    String prefix() {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
