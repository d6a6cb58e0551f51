package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.EXAMPLE_REPORT;
import static cn.govdisclosure.parser.ParserFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.kernel.format.ReportFormats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives, the parser answers with what it found and notes for the rest, or says it cannot read it. */
class DamagedDocumentsTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void answersAnEmptyDocumentWithNotesForEverything() {
        ParseResult result = parser.parse(new byte[0], "empty.txt");

        assertThat(result.cells()).isEmpty();
        assertThat(result.parts()).isEmpty();
        assertThat(result.notesOf(ParseNote.Kind.CELL_NOT_FOUND)).hasSize(ReportFormats.FORMAT_2021.cells().size());
        assertThat(result.notesOf(ParseNote.Kind.DETAIL_NOT_FOUND)).extracting(ParseNote::subject)
                .containsExactly("reportYear", "agencyName", "date");
        assertThat(result.notesOf(ParseNote.Kind.PART_NOT_FOUND)).hasSize(4);
    }

    /**
     * Lines of the example deleted, repeated or swapped at random: every figure still read must be one the report
     * states (all its figures are 0 to 17), and every cell of the format is either found or noted.
     */
    @Test
    void neverInventsFiguresWhenLinesAreLostOrMoved() {
        List<String> lines = Arrays.asList(new String(fixture(EXAMPLE_REPORT), StandardCharsets.UTF_8).split("\n"));
        Random random = new Random(2024_01_24L);
        for (int trial = 0; trial < 200; trial++) {
            List<String> damaged = new ArrayList<>(lines);
            for (int change = 0; change < 1 + random.nextInt(6); change++) {
                int line = random.nextInt(damaged.size());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.remove(line);
                    case 1 -> damaged.add(line, damaged.get(random.nextInt(damaged.size())));
                    default -> damaged.set(line, damaged.get(line).replace("\t", ""));
                }
            }
            ParseResult result = parser.parse(String.join("\n", damaged).getBytes(StandardCharsets.UTF_8), null);

            assertThat(result.figures().values()).allSatisfy(value -> assertThat(value).isBetween(
                    java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(17)));
            assertThat(ReportFormats.FORMAT_2021.cells().keySet()).allSatisfy(cellId -> assertThat(
                    result.cells().containsKey(cellId) || !result.notesAbout(cellId).isEmpty()
                            || !result.notesAbout(cellId.substring(0, cellId.lastIndexOf('.')) + ".*").isEmpty()
                            || !result.notesAbout("s4").isEmpty())
                    .as(cellId).isTrue());
        }
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = fixture("page-breaks.pdf");
        byte[] truncated = Arrays.copyOf(pdf, 400);

        assertThatThrownBy(() -> parser.parse(truncated, "broken.pdf")).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void answersRandomBytesWithoutFailing() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 50; trial++) {
            byte[] bytes = new byte[random.nextInt(5_000)];
            random.nextBytes(bytes);
            assertThat(parser.parse(bytes, null).cells()).isEmpty();
        }
    }
}
