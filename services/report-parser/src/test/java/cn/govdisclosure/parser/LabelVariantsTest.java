package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Labels as agencies type them: shortened, with other enumerators, in traditional characters. */
class LabelVariantsTest {

    @Test
    void readsShortenedAndVariantLabelsAndReportsEach() {
        ParseResult report = parseFixture("label-variants.txt");

        assertThat(report.cells()).hasSize(200);
        assertThat(report.figure("s2.normativeDocuments.inForce")).isEqualByComparingTo("12");
        assertThat(report.figure("s3.received.commercial")).isEqualByComparingTo("1");
        assertThat(report.figure("s3.otherHandling.other.naturalPerson")).isEqualByComparingTo("1");
        assertThat(report.notes()).allSatisfy(note -> assertThat(note.kind())
                .isEqualTo(ParseNote.Kind.LABEL_APPROXIMATE));
        assertThat(report.notes()).extracting(ParseNote::subject).containsExactlyInAnyOrder(
                "s2.normativeDocuments.*", "s3", "s3.*.publicInterest", "s3.*.otherOrg", "s3.partlyGranted.*",
                "s3.otherHandling.other.*");
        assertThat(report.notesAbout("s3.*.publicInterest").get(0).message()).contains("社会公益", "社会公益组织");
    }

    @Test
    void readsTraditionalCharactersAndFullWidthDigits() {
        ParseResult report = parseFixture("traditional-fullwidth.txt");

        assertThat(report.agencyName()).isEqualTo("澤州縣人力資源和社會保障局");
        assertThat(report.reportYear()).isEqualTo(2022);
        assertThat(report.date()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(report.cells()).hasSize(200);
        assertThat(report.notes()).isEmpty();
        assertThat(report.figure("s2.licensing.decisions")).isEqualByComparingTo("135");
        assertThat(report.cells().get("s2.licensing.decisions").sourceText()).isEqualTo("１３５");
        assertThat(report.figure("s3.received.total")).isEqualByComparingTo("16");
        assertThat(report.figure("s4.review.total")).isEqualByComparingTo("3");
        assertThat(report.parts().get("other")).contains("信息處理費");
    }
}
