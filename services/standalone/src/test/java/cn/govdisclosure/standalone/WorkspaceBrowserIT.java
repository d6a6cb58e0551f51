package cn.govdisclosure.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.browser.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workspace in a real Chromium at 1366×768, on the whole system (all three services, real PostgreSQL and
 * Kafka): the demo clerk signs in, imports the example report, sees the missing 行政强制 row flagged and fills it,
 * sees a rule break and its fix live, explains the warnings and submits; the approver sends it back with a comment,
 * the clerk sees it and submits again, the approver sees what changed and signs off; the report is published.
 * Every step is saved as a screenshot in {@code target/browser-artifacts}.
 */
class WorkspaceBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration PUBLICATION = Duration.ofSeconds(90);
    private static final String COERCION = "s2.coercion.decisions";
    private static final String GRANTED = "s3.granted.naturalPerson";

    @TempDir
    static Path dataDirectory;
    static StandaloneSettings settings;
    static StandaloneSystem system;
    static Path exampleDocument;
    static Browser browser;

    @BeforeAll
    static void startSystemAndBrowser() throws IOException {
        settings = new StandaloneSettings(dataDirectory, freePort(), freePort(), freePort(), freePort(), freePort());
        system = StandaloneSystem.start(settings);
        exampleDocument = new ExampleReportDemo(settings, system.adminPassword()).prepare();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theDemoClerkFilesTheExampleReportInTheBrowserAndItIsPublished() {
        JsonNode example = ExampleReportDemo.example();
        WebDriver page = browser.driver();

        browser.open(settings.submissionUrl() + "/workspace");
        assertThat(page.getCurrentUrl()).endsWith("/workspace/login");
        browser.screenshot("01-sign-in");
        signIn("demo-clerk");
        assertThat(text(By.cssSelector("main h1"))).isEqualTo(ExampleReportDemo.PRACTICE_AGENCY);
        browser.screenshot("02-dashboard");
        browser.screenshotOfWindow("readme-dashboard");

        new Select(page.findElement(By.id("new-year"))).selectByValue("2023");
        page.findElement(By.cssSelector("form.create-report button")).click();
        browser.waitUntil(PATIENCE, () -> page.getCurrentUrl().endsWith("/workspace/reports/"
                + ExampleReportDemo.PRACTICE_CREDIT_CODE + "-2023"));
        awaitCheck();

        page.findElement(By.id("import-file")).sendKeys(exampleDocument.toAbsolutePath().toString());
        page.findElement(By.id("parse-document")).click();
        browser.waitUntil(PATIENCE, () -> page.findElement(By.id("import-result")).isDisplayed());
        assertThat(texts(By.cssSelector("#import-missing li"))).containsExactly("表二·行政强制·本年处理决定数量");
        assertThat(page.findElements(By.cssSelector("#import-cells tbody tr"))).hasSize(199);
        browser.screenshot("03-import-side-by-side");
        scrollTo(By.id("import-panel"));
        browser.screenshotOfWindow("readme-import");

        page.findElement(By.id("accept-import")).click();
        browser.waitUntil(PATIENCE, () ->
                "0".equals(value("s3.received.total")) && !value("s4.review.total").isEmpty());
        awaitCheck();
        browser.waitUntil(PATIENCE, () -> cellHas(COERCION, "error"));
        assertThat(texts(By.cssSelector("#violations li.error"))).anySatisfy(violation ->
                assertThat(violation).contains("T2-1").contains("行政强制"));
        browser.screenshot("04-missing-coercion-flagged");

        page.findElement(By.id("change-reason")).sendKeys("原报告表二缺少“行政强制”一行，本年度未作出行政强制决定，按0补录");
        type(COERCION, "0", Keys.ENTER);
        browser.waitUntil(PATIENCE, () -> !cellHas(COERCION, "error") && saved(COERCION));
        page.findElement(By.id("change-reason")).clear();

        type(GRANTED, "1");
        browser.waitUntil(PATIENCE, () ->
                cellHas(GRANTED, "error") && cellHas("s3.totalHandled.naturalPerson", "error"));
        assertThat(texts(By.cssSelector("#violations li.error"))).anySatisfy(violation ->
                assertThat(violation).contains("T3-2").contains("应为 1，实为 0"));
        assertThat(page.findElement(By.cssSelector("#cell-s3\\.totalHandled\\.naturalPerson + output")).getText())
                .isEqualTo("合计 1");
        browser.screenshot("05-rule-break-live");
        scrollTo(By.id("cell-" + GRANTED));
        browser.screenshotOfWindow("readme-live-check");
        type(GRANTED, "0", Keys.ENTER);
        browser.waitUntil(PATIENCE, () ->
                !cellHas(GRANTED, "error") && !cellHas("s3.totalHandled.naturalPerson", "error"));
        browser.screenshot("06-rule-fixed-live");

        explain("X-4", example.get("explanations").get("X-4").asText());
        explain("X-3", example.get("explanations").get("X-3").asText());
        browser.waitUntil(PATIENCE, () -> text(By.id("check-summary")).contains("错误 0 项")
                && text(By.id("check-summary")).contains("0 项待说明"));
        page.findElement(By.id("cell-" + COERCION)).click();
        browser.waitUntil(PATIENCE, () -> texts(By.cssSelector("#cell-history tbody tr")).size() == 1
                && text(By.cssSelector("#cell-history tbody tr")).contains("按0补录"));
        assertThat(texts(By.cssSelector("#cell-history tbody tr"))).singleElement().asString().contains("demo-clerk")
                .contains("（空）");
        browser.screenshot("07-explained-and-cell-history");

        page.findElement(By.id("submit-report")).click();
        browser.waitUntil(PATIENCE, () -> text(By.id("report-state")).equals("待第1级审核（共1级）"));
        browser.screenshot("08-submitted-for-approval");
        signOut();

        signIn("demo-approver");
        page.findElement(By.cssSelector("tr[data-report$='-2023'] a.next")).click();
        browser.waitUntil(PATIENCE, () -> page.findElements(By.id("approval-panel")).size() == 1);
        assertThat(page.findElements(By.cssSelector("#approval-diff tbody tr"))).hasSize(200);
        page.findElement(By.id("approval-comment")).sendKeys("请在“存在的主要问题”中补充改进措施");
        page.findElement(By.id("return-report")).click();
        browser.waitUntil(PATIENCE, () -> page.getCurrentUrl().endsWith("/workspace"));
        signOut();

        signIn("demo-clerk");
        page.findElement(By.cssSelector("tr[data-report$='-2023'] a.next")).click();
        browser.waitUntil(PATIENCE, () -> page.findElements(By.id("approver-comment")).size() == 1);
        assertThat(text(By.id("approver-comment"))).contains("请在“存在的主要问题”中补充改进措施");
        WebElement problems = page.findElement(By.id("section-problems"));
        problems.sendKeys(Keys.END, "下一步将按季度核对政府信息公开申请台账。");
        browser.waitUntil(PATIENCE, () -> text(By.id("save-state")).startsWith("正文已自动保存"));
        browser.screenshot("09-returned-with-comment");
        page.findElement(By.id("submit-report")).click();
        browser.waitUntil(PATIENCE, () -> text(By.id("report-state")).startsWith("待第1级审核"));
        signOut();

        signIn("demo-approver");
        page.findElement(By.cssSelector("tr[data-report$='-2023'] a.next")).click();
        browser.waitUntil(PATIENCE, () -> page.findElements(By.id("approval-panel")).size() == 1);
        assertThat(page.findElements(By.cssSelector("#approval-diff tbody tr"))).isEmpty();
        assertThat(texts(By.cssSelector("#approval-panel .section-changes li"))).containsExactly("正文“五、存在的主要问题及改进情况”有修改");
        browser.screenshot("10-approval-changes-since-last-seen");
        browser.screenshotOfWindow("readme-approval");
        page.findElement(By.id("approval-comment")).sendKeys("同意公开");
        page.findElement(By.id("approve-report")).click();
        browser.waitUntil(PATIENCE, () -> page.getCurrentUrl().endsWith("/workspace"));

        browser.waitUntil(PUBLICATION, () -> {
            page.navigate().refresh();
            return text(By.cssSelector("tr[data-report$='-2023'] .state")).startsWith("已发布");
        });
        browser.screenshot("11-published-on-the-dashboard");
        assertThat(browser.consoleErrors()).isEmpty();
        page.findElement(By.cssSelector("tr[data-report$='-2023'] a.published")).click();
        browser.waitUntil(PATIENCE, () -> page.getCurrentUrl().contains("/portal/reports/"
                + ExampleReportDemo.PRACTICE_CREDIT_CODE + "/2023"));
        assertThat(page.findElement(By.cssSelector("td[data-cell='" + COERCION + "']")).getText()).isEqualTo("0");
        browser.screenshot("12-published-portal-page");
        browser.consoleErrors();

        browser.open(settings.submissionUrl() + "/workspace");
        signOut();
        signIn("demo-clerk");
        page.findElement(By.cssSelector("tr[data-report$='-2023'] a.next")).click();
        browser.waitUntil(PATIENCE, () -> page.findElements(By.id("correction-panel")).size() == 1);
        page.findElement(By.id("correction-reason")).sendKeys("补充第五部分的改进措施");
        page.findElement(By.id("open-correction")).click();
        browser.waitUntil(PATIENCE, () -> text(By.id("report-state")).equals("更正中"));
        assertThat(page.findElement(By.id("cell-" + COERCION)).getAttribute("readonly")).isNull();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void movesLikeASpreadsheetAndTakesABlockPastedFromOne() {
        WebDriver page = browser.driver();
        signIn("demo-clerk");
        new Select(page.findElement(By.id("new-year"))).selectByValue("2022");
        page.findElement(By.cssSelector("form.create-report button")).click();
        browser.waitUntil(PATIENCE, () ->
                page.getCurrentUrl().endsWith(ExampleReportDemo.PRACTICE_CREDIT_CODE + "-2022"));
        awaitCheck();

        WebElement first = page.findElement(By.id("cell-s3.received.naturalPerson"));
        first.click();
        first.sendKeys(Keys.ARROW_RIGHT);
        assertThat(focused()).isEqualTo("cell-s3.received.commercial");
        page.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(focused()).isEqualTo("cell-s3.carriedOver.commercial");
        page.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertThat(focused()).isEqualTo("cell-s3.carriedOver.naturalPerson");
        page.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(focused()).isEqualTo("cell-s3.received.naturalPerson");
        page.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(focused()).as("Tab runs along the row").isEqualTo("cell-s3.received.commercial");

        ((JavascriptExecutor) page).executeScript("const data = new DataTransfer();"
                + "data.setData('text/plain', arguments[1]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true}));", first, "1\t2\t3\r\n4\t5\t6\r\n");
        browser.waitUntil(PATIENCE, () ->
                "6".equals(value("s3.carriedOver.research")) && saved("s3.carriedOver.research"));
        assertThat(List.of(value("s3.received.naturalPerson"), value("s3.received.commercial"),
                value("s3.received.research"), value("s3.carriedOver.naturalPerson")))
                .containsExactly("1", "2", "3", "4");
        assertThat(value("s3.received.publicInterest")).isEmpty();
        assertThat(page.findElement(By.cssSelector("#cell-s3\\.received\\.total + output")).getText())
                .isEqualTo("合计 6");
        page.findElement(By.id("cell-s3.carriedOver.research")).click();
        browser.waitUntil(PATIENCE, () -> text(By.cssSelector("#cell-history tbody tr")).contains("从电子表格粘贴"));
        browser.screenshotOfWindow("13-pasted-block-from-a-spreadsheet");
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver().findElement(locator));
    }

    private String focused() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private void signIn(String username) {
        WebDriver page = browser.driver();
        if (!page.getCurrentUrl().endsWith("/workspace/login")) {
            browser.open(settings.submissionUrl() + "/workspace/login");
        }
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(ExampleReportDemo.DEMO_PASSWORD, Keys.ENTER);
        browser.waitUntil(PATIENCE, () -> page.getCurrentUrl().endsWith("/workspace"));
    }

    private void signOut() {
        browser.driver().findElement(By.cssSelector("form.signout button")).click();
        browser.waitUntil(PATIENCE, () -> browser.driver().getCurrentUrl().endsWith("/workspace/login"));
    }

    /** Waits until live checking has answered at least once. */
    private void awaitCheck() {
        browser.waitUntil(PATIENCE, () -> !text(By.id("check-summary")).startsWith("正在校验"));
    }

    private void explain(String ruleId, String explanation) {
        WebDriver page = browser.driver();
        browser.waitUntil(PATIENCE, () -> !page.findElements(By.cssSelector("textarea.explanation[data-rule='"
                + ruleId + "']")).isEmpty());
        WebElement area = page.findElement(By.cssSelector("textarea.explanation[data-rule='" + ruleId + "']"));
        area.clear();
        area.sendKeys(explanation);
        area.findElement(By.xpath("following-sibling::button[@data-rule='" + ruleId + "']")).click();
        browser.waitUntil(PATIENCE, () -> text(By.id("save-state")).startsWith("说明已保存"));
    }

    private void type(String cellId, String value, CharSequence... then) {
        WebElement input = browser.driver().findElement(By.id("cell-" + cellId));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        if (then.length > 0) {
            input.sendKeys(then);
        }
    }

    private boolean cellHas(String cellId, String cssClass) {
        WebElement input = browser.driver().findElement(By.id("cell-" + cellId));
        return List.of(input.findElement(By.xpath("..")).getAttribute("class").split(" ")).contains(cssClass);
    }

    private boolean saved(String cellId) {
        WebElement input = browser.driver().findElement(By.id("cell-" + cellId));
        return input.getAttribute("value").equals(input.getAttribute("data-saved"));
    }

    private String value(String cellId) {
        return browser.driver().findElement(By.id("cell-" + cellId)).getAttribute("value");
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }

    private List<String> texts(By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
