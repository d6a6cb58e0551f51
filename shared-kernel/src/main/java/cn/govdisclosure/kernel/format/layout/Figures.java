package cn.govdisclosure.kernel.format.layout;

import cn.govdisclosure.kernel.format.ValueKind;
import java.math.BigDecimal;

/** How figures are printed: counts as integers, amounts as plain decimals without trailing zeros. */
public final class Figures {

    /** Printed for a cell the report does not contain, which is not the same as 0. */
    public static final String MISSING = "—";

    private Figures() {
    }

    public static String format(BigDecimal value, ValueKind kind) {
        return value == null ? MISSING : kind.normalize(value).toPlainString();
    }
}
