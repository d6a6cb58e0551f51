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

    /**
     * The region one level below this one that {@code regionCode} (under this one) belongs to: under a province its
     * city ({@code xxxx00}), under a city the county itself; a county has no level below and answers itself. This
     * region's own code stands for its own level (省本级, 市本级).
     */
    public String subRegionOf(String regionCode) {
        if (code.endsWith("0000")) {
            return regionCode.substring(0, 4) + "00";
        }
        return code.endsWith("00") ? regionCode : code;
    }

    /** The region's level: 省级 (xx0000), 市级 (xxxx00) or 县级. */
    public String level() {
        return code.endsWith("0000") ? "省级" : code.endsWith("00") ? "市级" : "县级";
    }

    /** The leading digits every region code under this one shares. */
    String prefix() {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
