package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.ValueKind;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.parser.ParseResult;
import cn.govdisclosure.parser.ReportParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A published page is a document like any other: the report parser, reading the page the portal serves, gives
 * back every figure that was published. Reports with random figures (a seeded random per case, so a failure
 * repeats) go through the real publication path.
 */
class PortalRoundTripIT extends RunningPublicationService {

    private final ReportParser parser = new ReportParser();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theParserReadsEveryPublishedFigureBackFromThePortalPage(int seed) throws Exception {
        String creditCode = PublicationFixtures.agency(9_000 + seed);
        Map<String, BigDecimal> figures = randomFigures(new Random(seed));
        ReportContent content = new ReportContent(figures, PublicationFixtures.zezhouReport().sections());
        produce(PublicationFixtures.onSubmissionEvents(PublicationFixtures.reportId(creditCode, 2023),
                "accepted:round-trip:" + seed, PublicationFixtures.accepted(creditCode, 2023, 1, content)));

        String page = await().until(() -> http().get().uri("/portal/reports/{creditCode}/2023", creditCode)
                        .exchange().returnResult(String.class),
                result -> result.getStatus().value() == 200).getResponseBody();
        ParseResult parsed = parser.parse(page.getBytes(StandardCharsets.UTF_8), "portal.html");

        assertThat(normalized(parsed.figures())).isEqualTo(normalized(figures));
        assertThat(parsed.reportYear()).isEqualTo(2023);
    }

    private static Map<String, BigDecimal> randomFigures(Random random) {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (CellDefinition cell : ReportFormats.FORMAT_2021.cells().values()) {
            figures.put(cell.id(), cell.kind() == ValueKind.AMOUNT
                    ? BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(7))
                    : BigDecimal.valueOf(random.nextInt(3) == 0 ? 0 : random.nextInt(5_000)));
        }
        return figures;
    }

    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> normalized = new HashMap<>();
        figures.forEach((cell, value) -> normalized.put(cell, value.stripTrailingZeros()));
        return normalized;
    }
}
