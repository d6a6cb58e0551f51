package cn.govdisclosure.parser;

import static cn.govdisclosure.kernel.format.ValueKind.AMOUNT;
import static cn.govdisclosure.kernel.format.ValueKind.COUNT;
import static cn.govdisclosure.kernel.format.ValueKind.SIGNED_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.ValueKind;
import cn.govdisclosure.parser.ValueReader.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueReaderTest {

    @Test
    void readsPlainIntegersWithoutComment() {
        assertThat(read("17", COUNT)).isEqualTo(ValueReader.Reading.value(new BigDecimal("17"), null));
    }

    @Test
    void readsFullWidthDigits() {
        assertThat(read(Folding.fold("１２"), COUNT).value()).isEqualByComparingTo("12");
    }

    @Test
    void readsThousandsSeparatorsAndSaysSo() {
        ValueReader.Reading reading = read("1,203", COUNT);
        assertThat(reading.value()).isEqualByComparingTo("1203");
        assertThat(reading.explanation()).contains("千分位");
    }

    @Test
    void readsFeesWithSixDecimals() {
        assertThat(read("1,234.567891", AMOUNT).value()).isEqualByComparingTo("1234.567891");
        assertThat(read("0.50", AMOUNT).value()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void readsSignedChangesOfTheTrialFormat() {
        assertThat(read("-2", SIGNED_COUNT).value()).isEqualByComparingTo("-2");
        assertThat(read("+3", SIGNED_COUNT).value()).isEqualByComparingTo("3");
    }

    @Test
    void takesDashesSlashesAndEmptyCellsAsBlankNotZero() {
        for (String blank : new String[] {"", " ", "-", "—", "——", "/", "无"}) {
            assertThat(read(blank, COUNT).outcome()).as(blank).isEqualTo(Outcome.BLANK);
        }
    }

    @Test
    void dropsAUnitThatFitsTheColumnAndSaysSo() {
        assertThat(read("36件", COUNT).value()).isEqualByComparingTo("36");
        assertThat(read("0.35万元", AMOUNT).explanation()).contains("万元");
    }

    @Test
    void leavesAFeeInYuanUnreadRatherThanConvertIt() {
        assertThat(read("5000元", AMOUNT).outcome()).isEqualTo(Outcome.UNREADABLE);
    }

    @Test
    void leavesADecimalCommaUnread() {
        assertThat(read("0,5", AMOUNT).outcome()).isEqualTo(Outcome.UNREADABLE);
    }

    private static ValueReader.Reading read(String text, ValueKind kind) {
        return ValueReader.read(text, kind);
    }
}
