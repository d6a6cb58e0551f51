package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.browser.Browser;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.messaging.Topics;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal in a real browser (Debian's Chromium through Selenium): the example report's page read back from the
 * DOM, table by table, and compared figure by figure with the published JSON; its narrative's {@code <script>}
 * shown as text and never run; the index and the compliance dashboard as a reader sees them. Full-page screenshots
 * go to {@code target/browser-artifacts}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT extends RunningPublicationService {

    private static final String AGENCY = PublicationFixtures.agency(950);
    private static final int YEAR = 2023;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void publishTheExampleReportAndOpenABrowser() throws Exception {
        produce(PublicationFixtures.agencyRegistered("registered:" + AGENCY, AGENCY, "泽州县人力资源和社会保障局",
                "140525", AgencyKind.DEPARTMENT));
        String reportId = PublicationFixtures.reportId(AGENCY, YEAR);
        TestClock.INSTANCE.fixAt(Instant.parse("2024-01-24T02:00:00Z")); // the example report's own date
        try {
            produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                    PublicationFixtures.accepted(AGENCY, YEAR, 1, PublicationFixtures.zezhouReport(),
                            PublicationFixtures.auditHeadHash(reportId))));
            try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
                events.await(1);
            }
        } finally {
            TestClock.INSTANCE.useSystemTime();
        }
        browser = Browser.start();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsEveryFigureOfTablesTwoThreeAndFourAsPublished() {
        browser.open(url("/portal/reports/" + AGENCY + "/" + YEAR));
        List<Map<String, Object>> cells = figuresInThePage();
        Map<String, BigDecimal> published = publishedCells();

        assertThat(cells).extracting(cell -> (String) cell.get("cellId"))
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        assertThat(cells.stream().collect(Collectors.groupingBy(cell -> (String) cell.get("table"),
                Collectors.counting()))).isEqualTo(Map.of("table-s2", 10L, "table-s3", 175L, "table-s4", 15L));
        for (Map<String, Object> cell : cells) {
            String cellId = (String) cell.get("cellId");
            BigDecimal value = published.get(cellId);
            assertThat(new BigDecimal((String) cell.get("text"))).as(cellId).isEqualByComparingTo(value);
        }
        assertThat(cells).filteredOn(cell -> !cell.get("text").equals("0")).extracting(cell -> cell.get("cellId"))
                .containsExactlyInAnyOrder("s2.normativeDocuments.issued", "s2.normativeDocuments.inForce",
                        "s4.review.upheld", "s4.review.corrected", "s4.review.total",
                        "s4.litigationDirect.upheld", "s4.litigationDirect.corrected",
                        "s4.litigationDirect.pending", "s4.litigationDirect.total");
        browser.screenshot("report-" + AGENCY + "-" + YEAR);
    }

    @Test
    void namesEveryFigureByTheHeadersTheNationalFormatPutsAboveAndBesideIt() {
        browser.open(url("/portal/reports/" + AGENCY + "/" + YEAR));

        for (Map<String, Object> cell : figuresInThePage()) {
            CellDefinition definition = ReportFormats.FORMAT_2021.cells().get((String) cell.get("cellId"));
            List<String> expected = new ArrayList<>(definition.row().captions());
            expected.add(definition.row().label());
            expected.addAll(definition.column().groups());
            expected.add(definition.column().label());
            expected.replaceAll(label -> label.replaceAll("\\s+", ""));
            @SuppressWarnings("unchecked")
            List<String> headers = (List<String>) cell.get("headers");
            assertThat(headers).as(definition.id()).containsAll(expected);
        }
    }

    @Test
    void mergesTheHeaderCellsAsTheNationalFormatDraws() {
        browser.open(url("/portal/reports/" + AGENCY + "/" + YEAR));

        assertThat(span("table-s3", "申请人情况", "colspan")).isEqualTo("7");
        assertThat(span("table-s3", "法人或其他组织", "colspan")).isEqualTo("5");
        assertThat(span("table-s3", "三、本年度办理结果", "rowspan")).isEqualTo("22");
        assertThat(span("table-s3", "（三）不予公开", "rowspan")).isEqualTo("8");
        assertThat(span("table-s4", "行政复议", "colspan")).isEqualTo("5");
        assertThat(span("table-s4", "行政诉讼", "colspan")).isEqualTo("10");
        // laid out by the browser: 申请人情况 is exactly as wide as the seven columns under it
        Number merged = (Number) script("""
                const th = [...document.querySelectorAll('#table-s3 th')].find(h => h.textContent.trim() === '申请人情况');
                return th.getBoundingClientRect().width;""");
        Number columns = (Number) script("""
                const row = [...document.querySelectorAll('#table-s3 td[data-cell^="s3.received."]')];
                return row[row.length - 1].getBoundingClientRect().right - row[0].getBoundingClientRect().left;""");
        assertThat(merged.doubleValue()).isCloseTo(columns.doubleValue(), org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void showsANarrativeScriptAsTextWithoutRunningIt() {
        browser.open(url("/portal/reports/" + AGENCY + "/" + YEAR));

        assertThat(browser.driver().findElement(By.id("part-other")).getText())
                .contains("本机关2023年度未收取政府信息公开信息处理费。<script>alert(1)</script>");
        assertThat(((Number) script("return document.getElementsByTagName('script').length")).intValue()).isZero();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void fitsAPhoneScreenWithTheTablesScrollingInsideThePage() throws Exception {
        try (Browser phone = Browser.start()) {
            // a phone's screen: headless Chromium's windows are at least 500 pixels wide, so the page is told so
            ((ChromeDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            JavascriptExecutor js = (JavascriptExecutor) phone.driver();
            Map<String, String> pages = Map.of(
                    "report-" + AGENCY + "-" + YEAR + "-phone", "/portal/reports/" + AGENCY + "/" + YEAR,
                    "index-phone", "/portal/?year=" + YEAR,
                    "compliance-140525-" + YEAR + "-phone", "/portal/compliance?region=140525&year=" + YEAR);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                phone.open(url(page.getValue()));

                assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                        .as(page.getValue() + " does not scroll sideways").isLessThanOrEqualTo(390);
                Path shot = phone.screenshot(page.getKey());
                assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(390);
            }
            phone.open(url("/portal/reports/" + AGENCY + "/" + YEAR));
            assertThat(((Number) js.executeScript(
                    "return document.querySelector('#table-s3 .table-scroll').scrollWidth")).intValue())
                    .as("table 三 scrolls sideways in its own box").isGreaterThan(390);
        }
    }

    @Test
    void findsTheReportFromTheIndexAndFollowsItsLink() {
        browser.open(url("/portal/?agency=" + AGENCY));
        browser.screenshot("index");

        WebElement link = browser.driver().findElement(By.cssSelector("section.year-group a[href$='/" + YEAR + "']"));
        assertThat(link.getText()).isEqualTo("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");
        link.click();
        browser.waitUntil(Duration.ofSeconds(10), () -> browser.driver().getCurrentUrl().endsWith("/" + YEAR));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");
    }

    @Test
    void drawsTheComplianceDashboardsChartOnTheServerWithoutScript() {
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get()
                .uri("/portal/compliance?region=140525&year=" + YEAR).exchange().returnResult(String.class)
                .getResponseBody().contains(AGENCY));
        browser.open(url("/portal/compliance?region=140525&year=" + YEAR));

        WebElement chart = browser.driver().findElement(By.cssSelector("figure.chart svg"));
        assertThat(chart.getRect().getWidth()).isGreaterThan(300);
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart g.bar rect"))).isNotEmpty()
                .allSatisfy(bar -> assertThat(bar.getRect().getHeight()).isPositive());
        assertThat(browser.driver().findElement(By.cssSelector("figure.chart g.deadline-line")).getDomAttribute(
                "data-deadline")).isEqualTo("2024-01-31");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-credit-code='" + AGENCY + "']"))
                .getDomAttribute("data-status")).isEqualTo("ON_TIME");
        assertThat(((Number) script("return document.getElementsByTagName('script').length")).intValue()).isZero();
        browser.screenshot("compliance-140525-" + YEAR);
    }

    /** Every figure of the tables, read from the DOM: cell id, table, text, and the texts of its headers. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> figuresInThePage() {
        return (List<Map<String, Object>>) script("""
                return [...document.querySelectorAll('section.report-table td[data-cell]')].map(td => ({
                  cellId: td.dataset.cell,
                  table: td.closest('section').id,
                  text: td.innerText.trim(),
                  headers: td.getAttribute('headers').split(' ')
                      .map(id => document.getElementById(id).innerText.replace(/\\s+/g, '').trim())
                }));""");
    }

    private String span(String table, String header, String attribute) {
        return browser.driver().findElements(By.cssSelector("#" + table + " th")).stream()
                .filter(th -> th.getText().strip().equals(header)).findFirst().orElseThrow()
                .getDomAttribute(attribute);
    }

    private Map<String, BigDecimal> publishedCells() {
        String body = http().get().uri("/api/published/{code}/{year}", AGENCY, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        Map<String, BigDecimal> cells = new HashMap<>();
        StreamSupport.stream(JSON.readTree(body).get("cells").spliterator(), false).forEach(cell ->
                cells.put(cell.get("cellId").asString(), cell.get("value").decimalValue()));
        return cells;
    }

    private Object script(String source) {
        return ((JavascriptExecutor) browser.driver()).executeScript(source);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
