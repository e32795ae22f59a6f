package com.serviceguardrails.jira.browser;

import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The panel, the reply guard and the admin pages in headless Chromium, against {@link GuardrailsHarness}: the real
 * templates, JavaScript, CSS, AUI, REST API classes and engines. One browser for the whole class to keep it quick.
 * Skips (with the reason) when Debian's chromium and chromium-driver are not installed. Screenshots go to
 * {@code target/screenshots} (the README shows copies from {@code docs/screenshots}).
 */
public class GuardrailsBrowserIT {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("guardrails.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("guardrails.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of(System.getProperty("guardrails.screenshots", "target/screenshots"));
    /** Only reached when a test fails; generous because Chromium on a loaded 2-core CI machine can stall for seconds. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static GuardrailsHarness harness;
    private static WebDriver browser;

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
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Before
    public void adviseModeWithAWorkingEndpoint() {
        harness.useModes("advise", "advise");
        harness.slowCheck(0);
        harness.failingCheck(false);
    }

    private void openIssue() {
        browser.get(harness.baseUrl() + "/issue");
        waitFor(By.id("sg-guidance-panel"));
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private List<String> posted() {
        return browser.findElements(By.cssSelector("#harness-posted .harness-posted-comment")).stream().map(WebElement::getText).toList();
    }

    private void type(String text) {
        WebElement box = browser.findElement(By.id("comment"));
        box.clear();
        box.sendKeys(text);
    }

    private void send() {
        browser.findElement(By.id("issue-comment-add-submit")).click();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    public void thePanelShowsOpenerQuestionsAuthorityAndHighlightedAbuse() throws IOException {
        openIssue();
        WebElement panel = browser.findElement(By.id("sg-guidance-panel"));
        assertFalse(panel.findElement(By.cssSelector(".sg-opener-text")).getText().isBlank());
        List<String> questions = panel.findElements(By.cssSelector(".sg-question")).stream().map(WebElement::getText).toList();
        assertTrue(questions.toString(), questions.contains("Why is nobody answering?"));
        assertEquals(3, panel.findElements(By.cssSelector(".sg-authority-table tbody tr")).size());
        assertTrue(panel.findElement(By.cssSelector(".sg-authority-credit")).getAttribute("class").contains("sg-exhausted"));
        List<WebElement> flagged = panel.findElements(By.cssSelector(".sg-abuse-notice mark.sg-flagged"));
        assertFalse("the offending words are highlighted", flagged.isEmpty());
        assertTrue(panel.findElement(By.cssSelector(".sg-escalation")).getText().contains("Highest"));
        screenshot("panel");
    }

    @Test
    public void aCustomerCommentWithAScriptTagIsShownAsTextAndNeverRuns() {
        openIssue();
        WebElement panel = browser.findElement(By.id("sg-guidance-panel"));
        assertTrue(panel.findElement(By.cssSelector(".sg-abuse-text")).getText().contains("<script>window.sgXss = true;"));
        assertTrue(panel.findElements(By.cssSelector("script")).isEmpty());
        assertNull("the customer's script must not run", ((JavascriptExecutor) browser).executeScript("return window.sgXss === undefined ? null : window.sgXss;"));
    }

    @Test
    public void insertPutsTheOpenerAtTheTopOfTheReply() {
        openIssue();
        type("A replacement ships today.");
        String opener = browser.findElement(By.cssSelector(".sg-insert-opener")).getAttribute("data-opener");
        browser.findElement(By.cssSelector(".sg-insert-opener")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("comment")).getAttribute("value").startsWith(opener));
        assertTrue(browser.findElement(By.id("comment")).getAttribute("value").endsWith("A replacement ships today."));
    }

    @Test
    public void adviseModeShowsTheOpenerAndLetsTheAgentInsertItThenSend() throws IOException {
        openIssue();
        type("Your order ships tomorrow.");
        send();
        WebElement advice = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-advise"));
        assertTrue(posted().isEmpty());
        screenshot("reply-guard-advise");
        advice.findElement(By.cssSelector(".sg-guard-insert")).click();
        String withOpener = browser.findElement(By.id("comment")).getAttribute("value");
        assertTrue(withOpener, withOpener.endsWith("Your order ships tomorrow."));
        send();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 1);
        assertEquals(withOpener.replace('\n', ' ').replaceAll(" +", " ").strip(), posted().get(0).replace('\n', ' ').replaceAll(" +", " ").strip());
    }

    @Test
    public void enforceModeBlocksUntilTheAgentGivesAReasonAndRecordsIt() throws IOException {
        harness.useModes("enforce", "advise");
        openIssue();
        type("Sorry you feel that way. The lamp was fine when it left us.");
        send();
        WebElement block = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-block"));
        assertTrue(posted().isEmpty());
        block.findElement(By.cssSelector(".sg-guard-override")).click();
        assertFalse("a reason is required", block.findElement(By.cssSelector(".sg-override-error")).getText().isBlank());
        assertTrue(posted().isEmpty());
        screenshot("reply-guard-block");
        block.findElement(By.id("sg-override-reason")).sendKeys("Customer asked for the facts only");
        block.findElement(By.cssSelector(".sg-guard-override")).click();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 1);
        List<AuditEntry> overrides = harness.audit().all().stream().filter(e -> e.kind() == AuditKind.OVERRIDE && e.issueKey().equals(GuardrailsHarness.ISSUE_KEY)).toList();
        assertEquals(1, overrides.size());
        assertEquals("Customer asked for the facts only", overrides.get(0).detail());
        assertTrue(harness.audit().all().stream().anyMatch(e -> e.kind() == AuditKind.BLOCK && e.issueKey().equals(GuardrailsHarness.ISSUE_KEY)));
    }

    @Test
    public void aCompliantReplyGoesStraightOutEvenInEnforceMode() {
        harness.useModes("enforce", "enforce");
        openIssue();
        type("I'm sorry your lamp arrived damaged. A replacement ships today.");
        send();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 1);
        assertTrue(browser.findElements(By.cssSelector(".sg-reply-guard .aui-message")).isEmpty());
    }

    @Test
    public void internalNotesAreNeverChecked() {
        harness.useModes("enforce", "enforce");
        openIssue();
        browser.findElement(By.id("sd-internal-comment")).click();
        type("Customer is rude, no apology needed here.");
        send();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 1);
        assertTrue(posted().get(0).startsWith("[internal]"));
    }

    @Test
    public void aSlowOrFailingEndpointLetsTheReplyThrough() {
        harness.useModes("enforce", "enforce");
        harness.slowCheck(1500);
        openIssue();
        type("Your order ships tomorrow.");
        send();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 1);
        harness.slowCheck(0);
        harness.failingCheck(true);
        type("Your order ships on Monday.");
        send();
        new WebDriverWait(browser, WAIT).until(d -> posted().size() == 2);
    }

    @Test
    public void anAdminFormErrorIsShownNextToItsFieldAndNothingIsSaved() throws IOException {
        browser.get(harness.baseUrl() + "/admin");
        WebElement mode = waitFor(By.id("sg-field-opening.mode"));
        int versionsBefore = harness.config() == null ? 0 : 1;
        ((JavascriptExecutor) browser).executeScript(
                "var s = arguments[0]; var o = document.createElement('option'); o.value = 'sometimes'; o.textContent = 'sometimes';"
                        + "s.appendChild(o); s.value = 'sometimes'; s.dispatchEvent(new Event('change'));", mode);
        browser.findElement(By.id("sg-config-save")).click();
        WebElement error = waitFor(By.cssSelector("[data-error-for='opening.mode'] .sg-error-line"));
        assertTrue(error.getText(), error.getText().contains("sometimes"));
        assertTrue(browser.findElement(By.cssSelector("[data-config-path='opening.mode']")).getAttribute("class").contains("sg-invalid"));
        screenshot("admin-validation-error");
        assertEquals("advise", harness.config().opening().mode().jsonName());
        assertTrue(versionsBefore >= 0);
    }

    @Test
    public void theAdminCanSaveAndSeeTheHistoryAuditAndReport() throws IOException {
        browser.get(harness.baseUrl() + "/admin");
        WebElement mode = waitFor(By.id("sg-field-opening.mode"));
        new org.openqa.selenium.support.ui.Select(mode).selectByValue("enforce");
        browser.findElement(By.id("sg-config-save")).click();
        waitFor(By.cssSelector("#sg-config-messages .aui-message-success"));
        assertEquals("enforce", harness.config().opening().mode().jsonName());
        browser.findElement(By.id("sg-tab-history-link")).click();
        waitFor(By.cssSelector("#sg-history tbody tr .sg-rollback"));
        screenshot("admin-history");
        browser.findElement(By.id("sg-tab-audit-link")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector("#sg-audit tbody tr.sg-audit-override")).isEmpty());
        assertTrue(browser.findElement(By.id("sg-audit-csv")).getAttribute("href").contains("audit.csv"));
        browser.findElement(By.id("sg-tab-report-link")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector("#sg-report-chart .sg-bar")).size() >= 6);
        screenshot("admin-report");
    }
}
