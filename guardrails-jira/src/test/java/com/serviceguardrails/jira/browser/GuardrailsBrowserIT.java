package com.serviceguardrails.jira.browser;

import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The panel, the reply guard and the admin pages in headless Chromium, against {@link GuardrailsHarness}: the real
 * templates, JavaScript, CSS, AUI, REST API classes and engines; the reply guard here on Jira's classic comment form
 * ({@link ReplyGuardJsmBrowserIT} has JSM's agent view). Browser, harness and skipping: {@link BrowserTestBase}.
 */
public class GuardrailsBrowserIT extends BrowserTestBase {

    private void openIssue() {
        browser.get(harness.baseUrl() + "/issue");
        waitFor(By.id("sg-guidance-panel"));
    }

    private void type(String text) {
        WebElement box = browser.findElement(By.id("comment"));
        box.clear();
        box.sendKeys(text);
    }

    private void send() {
        browser.findElement(By.id("issue-comment-add-submit")).click();
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
        assertEquals("the kind is shown by its name, not its spelling", "Override",
                browser.findElement(By.cssSelector("#sg-audit tbody tr.sg-audit-override td:nth-child(2)")).getText());
        assertTrue(browser.findElement(By.id("sg-audit-csv")).getAttribute("href").contains("audit.csv"));
        browser.findElement(By.id("sg-tab-report-link")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector("#sg-report-chart .sg-bar")).size() >= 6);
        screenshot("admin-report");
    }

    /** The configuration as the form holds it (the JSON box mirrors the form). */
    private static com.fasterxml.jackson.databind.JsonNode formDocument() {
        String json = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('sg-config-json').value;");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the form's JSON does not parse: " + json, e);
        }
    }

    @Test
    public void addOnAnEmptyListOfObjectsAddsAnElementOfTheRightShape() {
        browser.get(harness.baseUrl() + "/admin");
        waitFor(By.id("sg-field-opening.mode"));
        assertEquals("the bundled configuration has no macros of the admin's own", 0, formDocument().path("opening").path("macros").size());
        click(By.cssSelector("[data-add-for='opening.macros']"));
        new WebDriverWait(browser, WAIT).until(d -> formDocument().path("opening").path("macros").size() == 1);
        com.fasterxml.jackson.databind.JsonNode macro = formDocument().path("opening").path("macros").path(0);
        assertTrue("a macro, not " + macro, macro.isObject());
        assertEquals(List.of("id", "language", "situation", "template"), fieldNames(macro));
        click(By.cssSelector("[data-add-for='abuse.terms.de']"));
        new WebDriverWait(browser, WAIT).until(d -> formDocument().path("abuse").path("terms").path("de").size() == 1);
        assertEquals(List.of("term", "category", "aim", "severity"), fieldNames(formDocument().path("abuse").path("terms").path("de").path(0)));
        assertTrue(browser.findElement(By.id("sg-field-abuse.terms.de[0].term")).isDisplayed());
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void openAdmin() {
        browser.get(harness.baseUrl() + "/admin");
        waitFor(By.id("sg-field-opening.mode"));
    }

    /** The element scrolled to the middle of the window, clear of the save bar that stays at the bottom. */
    private static WebElement centred(By what) {
        WebElement element = browser.findElement(what);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private static void click(By what) {
        centred(what).click();
    }

    private static void choose(String path, String value) {
        new org.openqa.selenium.support.ui.Select(centred(By.id("sg-field-" + path))).selectByValue(value);
    }

    private void fill(String path, String text) {
        WebElement field = centred(By.id("sg-field-" + path));
        field.clear();
        field.sendKeys(text);
    }

    private String previewOf(String templatePath) {
        return browser.findElement(By.cssSelector("[data-preview-for='" + templatePath + "'] .sg-preview-text")).getText();
    }

    @Test
    public void aNewMacroRowShowsTheEnginesLivePreviewAndIsSaved() throws IOException {
        openAdmin();
        click(By.cssSelector("[data-add-for='opening.macros']"));
        String template = "opening.macros[0].template";
        assertEquals("the new row's template has the focus", "sg-field-" + template,
                ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"));
        choose("opening.macros[0].situation", "delay");
        assertEquals("the id follows language and situation", "en.delay", browser.findElement(By.id("sg-field-opening.macros[0].id")).getAttribute("value"));
        fill(template, "Hi ${customer.firstName|there}, I am sorry for the wait on ");
        click(By.cssSelector(".sg-placeholder[data-placeholder='issue.key']"));
        browser.findElement(By.id("sg-field-" + template)).sendKeys(".");
        new WebDriverWait(browser, WAIT).until(d -> previewOf(template).equals("Hi Maria, I am sorry for the wait on SD-123."));
        assertEquals("Hi there, I am sorry for the wait on.", browser.findElement(
                By.cssSelector("[data-preview-for='" + template + "'] .sg-preview-fallback-text")).getText());
        screenshot("admin-macro-preview");
        fill(template, "Hi ${customer.nmae}, sorry.");
        new WebDriverWait(browser, WAIT).until(d -> previewOf(template).equals("unknown placeholder ${customer.nmae}"));
        fill(template, "Hi ${customer.firstName|there}, sorry for the wait on ${issue.key}.");
        browser.findElement(By.id("sg-config-save")).click();
        waitFor(By.cssSelector("#sg-config-messages .aui-message-success"));
        assertEquals(1, harness.config().opening().macros().size());
        assertFalse("saved: nothing is pending", browser.findElement(By.id("sg-config-dirty")).isDisplayed());
        assertEquals("en.delay", harness.config().opening().macros().get(0).id());
        assertEquals("Hi ${customer.firstName|there}, sorry for the wait on ${issue.key}.", harness.config().opening().macros().get(0).template().source());
    }

    @Test
    public void anInvalidLimitIsShownNextToItsFieldAndNothingIsSaved() throws IOException {
        openAdmin();
        String amount = "empowerment.roles[0].limits[1].perTransaction";
        fill(amount, "fifty");
        fill("empowerment.roles[1].limits[0].currency", "EURO");
        browser.findElement(By.id("sg-config-save")).click();
        WebElement error = waitFor(By.cssSelector("[data-error-for='" + amount + "'] .sg-error-line"));
        assertTrue(error.getText(), error.getText().contains("fifty"));
        assertTrue(browser.findElement(By.cssSelector("td[data-config-path='" + amount + "']")).getAttribute("class").contains("sg-invalid"));
        assertEquals("true", browser.findElement(By.id("sg-field-" + amount)).getAttribute("aria-invalid"));
        assertTrue("the changes are marked unsaved", browser.findElement(By.id("sg-config-dirty")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("[data-error-for='empowerment.roles[1].limits[0].currency'] .sg-error-line")).getText().isBlank());
        assertTrue(browser.findElement(By.cssSelector("#sg-config-messages .aui-message-error")).isDisplayed());
        screenshot("admin-limit-error");
        assertEquals("nothing was saved", "50.00", harness.config().empowerment().roles().get(0).limits().get(1).perTransaction().orElseThrow().amount().toPlainString());
        assertEquals("EUR", harness.config().empowerment().roles().get(1).limits().get(0).currency().getCurrencyCode());
    }

    @Test
    public void preApprovalEscalationAndLexiconEditorsSaveWhatTheyShow() throws IOException {
        openAdmin();
        click(By.cssSelector("[data-add-for='empowerment.preApprovals']"));
        fill("empowerment.preApprovals[2].name", "small-credit-for-gold");
        choose("empowerment.preApprovals[2].action", "credit");
        fill("empowerment.preApprovals[2].maxAmount", "15");
        fill("empowerment.preApprovals[2].currency", "EUR");
        fill("empowerment.preApprovals[2].customerTiers", "gold, platinum");
        click(By.cssSelector("[data-add-for='escalation.rules']"));
        fill("escalation.rules[4].name", "agent-threat");
        choose("escalation.rules[4].when.author", "agent");
        click(By.cssSelector("label[for='sg-field-escalation.rules[4].when.categories-3']"));
        choose("escalation.rules[4].then.reassignTo", "role");
        fill("escalation.rules[4].then.reassignTo.name", "Team Leads");
        click(By.cssSelector("[data-move-up='escalation.rules[4]']"));
        assertEquals("moved above the agent-belittling rule", "agent-threat",
                browser.findElement(By.id("sg-field-escalation.rules[3].name")).getAttribute("value"));
        click(By.cssSelector("[data-add-for='abuse.terms.de']"));
        fill("abuse.terms.de[0].term", "Knallkopf");
        fill("abuse.allow.en", "Dick Smith\nScunthorpe");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sg-section-lexicon').scrollIntoView();");
        screenshot("admin-lexicon");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sg-section-escalation').scrollIntoView();");
        screenshot("admin-escalation-rules");
        browser.findElement(By.id("sg-config-save")).click();
        waitFor(By.cssSelector("#sg-config-messages .aui-message-success"));
        var config = harness.config();
        var rule = config.empowerment().preApprovals().get(2);
        assertEquals("small-credit-for-gold", rule.name());
        assertEquals("credit", rule.action().name().toLowerCase());
        assertEquals(java.util.Set.of("gold", "platinum"), rule.customerTiers());
        var escalation = config.escalation().rules().get(3);
        assertEquals("agent-threat", escalation.name());
        assertEquals("Team Leads", escalation.then().reassignTo().orElseThrow().name());
        assertEquals(1, escalation.when().categories().size());
        assertEquals("Knallkopf", config.abuse().terms().get(com.serviceguardrails.text.Language.DE).get(0).term());
        assertEquals(List.of("Dick Smith", "Scunthorpe"), config.abuse().allow().get(com.serviceguardrails.text.Language.EN));
    }

    @Test
    public void theAdminEditorsSpeakTheAdminsLanguage() throws IOException {
        browser.get(harness.baseUrl() + "/admin?lang=de");
        waitFor(By.id("sg-field-opening.mode"));
        assertEquals("Entschuldigungsbausteine", browser.findElement(By.cssSelector("#sg-section-macros h2")).getText());
        assertEquals("Baustein hinzuf\u00fcgen", browser.findElement(By.cssSelector("[data-add-for='opening.macros']")).getText());
        assertEquals("Deutsch", browser.findElement(By.cssSelector(".sg-lexicon[data-language='de'] h3")).getText());
        WebElement mode = browser.findElement(By.id("sg-field-opening.mode"));
        assertEquals("a value is shown by its label", "Beraten", new org.openqa.selenium.support.ui.Select(mode).getFirstSelectedOption().getText());
        assertEquals("and submitted as the configuration spells it", "advise", mode.getAttribute("value"));
        assertEquals("Beleidigung", browser.findElement(By.cssSelector("label[for='sg-field-escalation.rules[0].when.categories-1']")).getText());
        click(By.cssSelector("[data-add-for='opening.macros']"));
        fill("opening.macros[0].template", "Hallo ${customer.firstName|zusammen}, es tut mir leid.");
        new WebDriverWait(browser, WAIT).until(d -> previewOf("opening.macros[0].template").equals("Hallo Maria, es tut mir leid."));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sg-section-roles').scrollIntoView();");
        screenshot("admin-de");
    }

    @Test
    public void aWebhookKeepsItsPlaceWhenRenamedAndItsUrlErrorIsShownNextToIt() {
        openAdmin();
        click(By.cssSelector("[data-add-for='escalation.webhooks']"));
        fill("escalation.webhooks.webhook-1", "hooks.example.com/abuse");
        WebElement name = centred(By.id("sg-field-escalation.webhooks#0"));
        // select and type over (WebDriver's clear() fires a change of its own, with the name empty)
        name.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "chat", org.openqa.selenium.Keys.TAB);
        WebElement url = new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sg-field-escalation.webhooks.chat")));
        assertEquals("the URL stays with the renamed webhook", "hooks.example.com/abuse", url.getAttribute("value"));
        browser.findElement(By.id("sg-config-save")).click();
        WebElement error = waitFor(By.cssSelector("[data-error-for='escalation.webhooks.chat'] .sg-error-line"));
        assertTrue(error.getText(), error.getText().contains("absolute http(s) URL"));
        assertTrue("nothing was saved", harness.config().escalation().webhooks().isEmpty());
        fill("escalation.webhooks.chat", "https://hooks.example.com/abuse");
        browser.findElement(By.id("sg-config-save")).click();
        waitFor(By.cssSelector("#sg-config-messages .aui-message-success"));
        assertEquals("https://hooks.example.com/abuse", harness.config().escalation().webhooks().get("chat").toString());
    }

    private static By suggestion(String language, String term) {
        return By.cssSelector(".sg-suggestions[data-suggestions-for='" + language + "'] tr.sg-suggestion[data-term='" + term + "']");
    }

    @Test
    public void aLeadsSuggestionGoesOnTheAllowListInOneClickAndIsGoneOnceSaved() throws IOException {
        openAdmin();
        By english = By.cssSelector(".sg-suggestions[data-suggestions-for='en'] tr.sg-suggestion");
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(english).size() == 2);
        WebElement scunthorpe = browser.findElement(suggestion("en", "scunthorpe"));
        assertEquals("scunthorpe", scunthorpe.findElement(By.cssSelector(".sg-suggestion-words")).getText());
        assertEquals("en:cunt", scunthorpe.findElement(By.cssSelector(".sg-suggestion-rule")).getText());
        assertEquals("the lead's name, their key on hover", "Lee Lead", scunthorpe.findElement(By.cssSelector(".sg-suggestion-by")).getText());
        assertEquals("lee.lead", scunthorpe.findElement(By.cssSelector(".sg-suggestion-by")).getAttribute("title"));
        assertEquals("SD-31", scunthorpe.findElement(By.cssSelector(".sg-suggestion-issue a")).getText());
        assertTrue(scunthorpe.findElement(By.cssSelector(".sg-suggestion-issue a")).getAttribute("href").endsWith("/browse/SD-31"));
        assertFalse(scunthorpe.findElement(By.cssSelector(".sg-suggestion-at")).getText().isBlank());
        WebElement markup = browser.findElement(suggestion("en", "<i>dick</i> smith"));
        assertEquals("markup in the words is shown as text", "<i>dick</i> smith", markup.findElement(By.cssSelector(".sg-suggestion-words")).getText());
        assertEquals("no name known: the key", "kim.lead", markup.findElement(By.cssSelector(".sg-suggestion-by")).getText());
        assertTrue(browser.findElements(By.cssSelector(".sg-suggestions i")).isEmpty());
        assertEquals("each language has its own", 1, browser.findElements(By.cssSelector(".sg-suggestions[data-suggestions-for='de'] tr.sg-suggestion")).size());

        click(By.cssSelector(".sg-suggestions[data-suggestions-for='en'] tr.sg-suggestion[data-term='scunthorpe'] .sg-suggestion-add"));
        assertEquals("in the allow-list box", "scunthorpe", browser.findElement(By.id("sg-field-abuse.allow.en")).getAttribute("value"));
        new WebDriverWait(browser, WAIT).until(d -> formDocument().path("abuse").path("allow").path("en").toString().equals("[\"scunthorpe\"]"));
        assertTrue("not saved yet", browser.findElement(By.id("sg-config-dirty")).isDisplayed());
        assertTrue(harness.config().abuse().allowFor(com.serviceguardrails.text.Language.EN).isEmpty());
        assertFalse(browser.findElement(suggestion("en", "scunthorpe")).findElements(By.cssSelector(".sg-suggestion-added")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.querySelector(\".sg-lexicon[data-language='en']\").scrollIntoView();");
        screenshot("admin-allow-list-suggestions");

        click(By.cssSelector(".sg-suggestions[data-suggestions-for='en'] tr.sg-suggestion[data-term='<i>dick</i> smith'] .sg-suggestion-dismiss"));
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(english).size() == 1);
        assertTrue(harness.audit().all().stream().anyMatch(e -> e.kind() == AuditKind.SUGGESTION_DISMISSED
                && e.user().equals(GuardrailsHarness.USER) && e.detail().equals("en:<i>dick</i> smith")));
        assertFalse("the added one stays marked until saved",
                browser.findElement(suggestion("en", "scunthorpe")).findElements(By.cssSelector(".sg-suggestion-added")).isEmpty());

        browser.findElement(By.id("sg-config-save")).click();
        waitFor(By.cssSelector("#sg-config-messages .aui-message-success"));
        assertEquals(List.of("scunthorpe"), harness.config().abuse().allowFor(com.serviceguardrails.text.Language.EN));
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(english).isEmpty());
        assertFalse(browser.findElement(By.cssSelector(".sg-suggestions[data-suggestions-for='en'] .sg-empty")).getText().isBlank());
        assertEquals("the German one still waits", 1, browser.findElements(By.cssSelector(".sg-suggestions[data-suggestions-for='de'] tr.sg-suggestion")).size());
    }
}
