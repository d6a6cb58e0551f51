package cn.govdisclosure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

class BrowserTest {

    private static HttpServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!doctype html><html lang=zh-CN><meta charset=utf-8><title>测试</title>"
                    + "<body><h1 id=title>年度报告</h1><div style='height:3000px'></div><p id=end>完</p>"
                    + "<script>document.getElementById('title').dataset.ready = 'yes'</script>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void readsAPageServedOnLoopbackAndSavesAFullPageScreenshot(@TempDir Path artifacts) throws Exception {
        try (Browser browser = Browser.start(artifacts, 800, 600)) {
            browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            browser.waitUntil(Duration.ofSeconds(5), () -> "yes".equals(
                    browser.driver().findElement(By.id("title")).getDomAttribute("data-ready")));

            assertThat(browser.driver().findElement(By.id("title")).getText()).isEqualTo("年度报告");
            Path shot = browser.screenshot("page");
            var image = ImageIO.read(shot.toFile());
            assertThat(image.getHeight()).as("the whole page, not the 600 px window").isGreaterThan(3000);
            assertThat(Files.size(shot)).isPositive();
            assertThat(browser.consoleErrors()).isEmpty();

            var window = ImageIO.read(browser.screenshotOfWindow("window").toFile());
            assertThat(window.getHeight()).as("only the window").isLessThanOrEqualTo(600);
            assertThat(window.getWidth()).isLessThanOrEqualTo(800);
        }
    }
}
