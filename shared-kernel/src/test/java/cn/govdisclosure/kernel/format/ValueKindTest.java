package cn.govdisclosure.kernel.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueKindTest {

    @Test
    void aCountIsANonNegativeInteger() {
        assertThat(ValueKind.COUNT.problemWith(new BigDecimal("3"))).isNull();
        assertThat(ValueKind.COUNT.problemWith(new BigDecimal("3.0"))).isNull();
        assertThat(ValueKind.COUNT.problemWith(new BigDecimal("3.5"))).isEqualTo("应为整数");
        assertThat(ValueKind.COUNT.problemWith(new BigDecimal("-1"))).isEqualTo("不能为负数");
        assertThat(ValueKind.COUNT.problemWith(new BigDecimal("1000000000"))).startsWith("数值过大");
    }

    @Test
    void anAmountHasAtMostSixDecimals() {
        assertThat(ValueKind.AMOUNT.problemWith(new BigDecimal("0.123456"))).isNull();
        assertThat(ValueKind.AMOUNT.problemWith(new BigDecimal("0.1234567"))).isEqualTo("最多保留6位小数");
        assertThat(ValueKind.AMOUNT.problemWith(new BigDecimal("-0.5"))).isEqualTo("不能为负数");
    }

    @Test
    void normalizesToTheCanonicalForm() {
        assertThat(ValueKind.COUNT.normalize(new BigDecimal("1.00"))).isEqualTo(new BigDecimal("1"));
        assertThat(ValueKind.COUNT.normalize(new BigDecimal("1E+2"))).isEqualTo(new BigDecimal("100"));
        assertThat(ValueKind.AMOUNT.normalize(new BigDecimal("2.500"))).isEqualTo(new BigDecimal("2.5"));
    }
}
