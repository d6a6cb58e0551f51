package cn.govdisclosure.kernel.format;

import java.math.BigDecimal;

/** What a cell holds, and which values are acceptable for it. */
public enum ValueKind {
    /** An integer ≥ 0. */
    COUNT,
    /** An integer that may be negative (本年增/减 of the 2019 trial format). */
    SIGNED_COUNT,
    /** An amount in 万元: a decimal ≥ 0 with at most 6 decimals. */
    AMOUNT;

    /** The largest value a cell accepts; anything larger is a typing error, not a figure. */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999");

    static final int AMOUNT_SCALE = 6;

    /** Why the value does not fit this kind (in Chinese), or null when it fits. */
    public String problemWith(BigDecimal value) {
        if (value == null) {
            return "数值不能为空";
        }
        if (value.abs().compareTo(MAXIMUM) > 0) {
            return "数值过大（不超过 " + MAXIMUM.toPlainString() + "）";
        }
        return switch (this) {
            case COUNT -> !isInteger(value) ? "应为整数" : value.signum() < 0 ? "不能为负数" : null;
            case SIGNED_COUNT -> !isInteger(value) ? "应为整数" : null;
            case AMOUNT -> value.signum() < 0 ? "不能为负数"
                    : value.stripTrailingZeros().scale() > AMOUNT_SCALE ? "最多保留6位小数" : null;
        };
    }

    /** The value in its canonical form: integers without a fraction, amounts without trailing zeros. */
    public BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
