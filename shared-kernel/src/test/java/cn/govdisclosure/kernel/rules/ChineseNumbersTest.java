package cn.govdisclosure.kernel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource({"12, 12", "１２, 12", "零, 0", "七, 7", "十, 10", "十二, 12", "二十, 20", "二十三, 23", "一百零五, 105",
            "两千三百, 2300", "一万二千, 12000", "三百四十五, 345"})
    void readsCountsAsAgenciesWriteThem(String text, long value) {
        assertThat(ChineseNumbers.parse(text)).hasValue(value);
    }
}
