package com.serviceguardrails.jira.browser;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * What every browser test class shares: one {@link GuardrailsHarness} and one Debian headless Chromium (driven by
 * Selenium through {@code /usr/bin/chromedriver}, nothing downloaded) for the whole class, advise mode and a working
 * check endpoint before each test. Skips the class (with the reason) when chromium or chromium-driver is missing.
 * Screenshots go to {@code target/screenshots} (the README shows copies from {@code docs/screenshots}).
 */
public abstract class BrowserTestBase {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("guardrails.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("guardrails.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of(System.getProperty("guardrails.screenshots", "target/screenshots"));
    /** Only reached when a test fails; generous because Chromium on a loaded 2-core CI machine can stall for seconds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    static GuardrailsHarness harness;
    static WebDriver browser;

    @BeforeClass
    public static void startHarnessAndBrowser() throws IOException {
        Assume.assumeTrue("browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)", Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
        harness = new GuardrailsHarness();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // flags that keep Chromium off the network and working as root in a sandboxed CI
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
        Files.createDirectories(SHOTS);
    }

    @AfterClass
    public static void stopBrowserAndHarness() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }

    @Before
    public void adviseModeWithAWorkingEndpoint() {
        harness.useModes("advise", "advise");
        harness.slowCheck(0);
        harness.failingCheck(false);
    }

    static WebElement waitFor(By what) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** The comments the page's simulated Jira/JSM posted, in order. */
    static List<String> posted() {
        return browser.findElements(By.cssSelector("#harness-posted .harness-posted-comment")).stream().map(WebElement::getText).toList();
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
