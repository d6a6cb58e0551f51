package cn.govdisclosure.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, headless Chromium for tests, driven by Selenium through the chromedriver of the same Debian release
 * ({@code apt-get install chromium chromium-driver}). Both binaries are named explicitly, so Selenium Manager never
 * runs and nothing is downloaded. The flags keep Chromium off the network it cannot reach here (it would otherwise
 * try, many connections at a time) and give it a fresh profile per run.
 *
 * <p>Screenshots are full-page PNGs written to the artifact directory, {@code target/browser-artifacts} of the
 * module under test unless a test names another.
 */
public final class Browser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Browser.class);

    /** Where Debian installs the browser and its driver; {@code CHROMIUM_BINARY} / {@code CHROMEDRIVER} override. */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** The smallest screen the agencies' workstations have. */
    public static final int DEFAULT_WIDTH = 1366;
    public static final int DEFAULT_HEIGHT = 768;

    private final ChromeDriver driver;
    private final Path profile;
    private final Path artifacts;

    private Browser(ChromeDriver driver, Path profile, Path artifacts) {
        this.driver = driver;
        this.profile = profile;
        this.artifacts = artifacts;
    }

    /** A browser with a 1366×768 window whose screenshots go to {@code target/browser-artifacts}. */
    public static Browser start() {
        return start(Path.of("target", "browser-artifacts"), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public static Browser start(Path artifacts, int width, int height) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        try {
            Files.createDirectories(artifacts);
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--no-default-browser-check",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--lang=zh-CN", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withSilent(true)
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            log.info("Started {} through {}", driver.getCapabilities().getBrowserVersion(), CHROMEDRIVER);
            return new Browser(driver, profile, artifacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the address and waits until the document has loaded. */
    public Browser open(String url) {
        driver.get(url);
        waitUntil(Duration.ofSeconds(10), () -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Waits for a condition the page should reach, polling; fails with a timeout naming the page otherwise. The page
     * may be reloading meanwhile: an element of the old page (not found, stale, or, as Chromium's driver reports one
     * replaced between finding and reading it, a node that "does not belong to the document") counts as not yet.
     */
    public void waitUntil(Duration timeout, BooleanSupplier condition) {
        new WebDriverWait(driver, timeout).withMessage(() -> "waiting on " + driver.getCurrentUrl())
                .until(ignored -> {
                    try {
                        return condition.getAsBoolean();
                    } catch (WebDriverException e) {
                        if (e instanceof NotFoundException || e instanceof StaleElementReferenceException
                                || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    /** Saves a PNG of the whole page, not only the window, as {@code <name>.png} in the artifact directory. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height",
                size.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path file = artifacts.resolve(name + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Screenshot of {} saved to {}", driver.getCurrentUrl(), file.toAbsolutePath());
        return file;
    }

    /** Saves a PNG of what the window shows (1366×768 by default), as {@code <name>.png} in the artifact directory. */
    public Path screenshotOfWindow(String name) {
        Path file = artifacts.resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Screenshot of the window on {} saved to {}", driver.getCurrentUrl(), file.toAbsolutePath());
        return file;
    }

    /** What the page wrote to the console at level SEVERE (script errors, failed requests) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void requireExecutable(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: browser tests need Debian's chromium and "
                    + "chromium-driver (sudo apt-get install -y chromium chromium-driver); install " + debianPackage);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete browser profile {}", directory, e);
        }
    }
}
