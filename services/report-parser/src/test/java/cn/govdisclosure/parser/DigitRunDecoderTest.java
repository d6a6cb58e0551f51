package cn.govdisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DigitRunDecoderTest {

    /** Table 三: total (index 6) = the six applicant columns. */
    private static final List<DigitRunDecoder.SumRule> APPLICANT_TOTAL =
            List.of(new DigitRunDecoder.SumRule(6, List.of(0, 1, 2, 3, 4, 5)));

    @Test
    void splitsARowOfSingleDigits() {
        assertThat(decode("3000003")).contains(numbers(3, 0, 0, 0, 0, 0, 3));
    }

    @Test
    void splitsMultiDigitFiguresWhenTheTotalAllowsOneReadingOnly() {
        assertThat(decode("1203700001210")).contains(numbers(1203, 7, 0, 0, 0, 0, 1210));
    }

    @Test
    void refusesWhenTheTotalAllowsTwoReadings() {
        // 12 1 0 0 0 0 13 and 1 2 10 0 0 0 13 both add up
        assertThat(decode("121000013")).isEmpty();
    }

    @Test
    void refusesWithoutASumRule() {
        assertThat(DigitRunDecoder.decode(List.of("101"), 3, List.of())).isEmpty();
    }

    @Test
    void splitsTableFourAcrossItsThreeGroups() {
        List<DigitRunDecoder.SumRule> rules = List.of(
                new DigitRunDecoder.SumRule(4, List.of(0, 1, 2, 3)),
                new DigitRunDecoder.SumRule(9, List.of(5, 6, 7, 8)),
                new DigitRunDecoder.SumRule(14, List.of(10, 11, 12, 13)));
        assertThat(DigitRunDecoder.decode(List.of("1100294041700000"), 15, rules))
                .contains(numbers(1, 1, 0, 0, 2, 9, 4, 0, 4, 17, 0, 0, 0, 0, 0));
    }

    /**
     * The decoder's promise: whatever the figures, reading them back from their digits run together either gives
     * exactly the figures or gives nothing; it never gives other figures.
     */
    @Test
    void neverReadsOtherFiguresThanWereWritten() {
        Random random = new Random(20240124L);
        int decoded = 0;
        for (int trial = 0; trial < 1_000; trial++) {
            List<Long> row = new ArrayList<>();
            for (int column = 0; column < 6; column++) {
                row.add((long) (random.nextInt(4) == 0 ? random.nextInt(2_000) : random.nextInt(3)));
            }
            row.add(row.stream().mapToLong(Long::longValue).sum());
            String digits = row.stream().map(String::valueOf).collect(Collectors.joining());
            Optional<List<BigDecimal>> result = decode(digits);
            if (result.isPresent()) {
                decoded++;
                assertThat(result.get()).as(digits).isEqualTo(row.stream().map(BigDecimal::valueOf).toList());
            }
        }
        assertThat(decoded).isPositive();
    }

    private static Optional<List<BigDecimal>> decode(String digits) {
        return DigitRunDecoder.decode(List.of(digits), 7, APPLICANT_TOTAL);
    }

    private static List<BigDecimal> numbers(long... values) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (long value : values) {
            numbers.add(BigDecimal.valueOf(value));
        }
        return numbers;
    }
}
