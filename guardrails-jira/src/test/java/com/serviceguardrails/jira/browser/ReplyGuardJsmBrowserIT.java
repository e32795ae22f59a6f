package com.serviceguardrails.jira.browser;

import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The reply guard on the shapes of JSM Data Center's agent view that public code shows (harness page
 * {@code jsm-agent-view.html}: collapsed box, "Comment internally" / "Share with customer" buttons with no form,
 * textarea or TinyMCE-like iframe editor, JavaScript-literal commentProperty), in headless Chromium against
 * {@link GuardrailsHarness} (browser and harness: {@link BrowserTestBase}). The classic Jira comment form stays covered
 * by {@link GuardrailsBrowserIT}.
 */
public class ReplyGuardJsmBrowserIT extends BrowserTestBase {

    private static final String RUDE = "Sorry you feel that way. The lamp was fine when it left us.";
    private static final String BARE = "Your order ships tomorrow.";

    /** The agent view with the editor still collapsed; rich = the TinyMCE-like iframe editor. */
    private void openAgentView(boolean rich) {
        browser.get(harness.baseUrl() + "/agent-view" + (rich ? "?editor=rich" : ""));
        waitFor(By.id("sg-guidance-panel"));
    }

    private void until(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).until(condition);
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private boolean rich() {
        return browser.getCurrentUrl().contains("editor=rich");
    }

    /** Clicks the collapsed box, as an agent does, and waits for JSM's editor. */
    private void openEditor() {
        browser.findElement(By.id("sd-comment-collapsed-textarea")).click();
        waitFor(rich() ? By.id("comment_ifr") : By.id("comment"));
    }

    /** Types into the open editor; keys may end with a chord such as Ctrl+Enter. */
    private void typeReply(CharSequence... keys) {
        if (rich()) {
            until(d -> Boolean.TRUE.equals(script("var f = document.getElementById('comment_ifr');"
                    + "return !!(f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.isContentEditable);")));
            browser.switchTo().frame(browser.findElement(By.id("comment_ifr")));
            try {
                WebElement body = browser.findElement(By.tagName("body"));
                body.click();
                body.sendKeys(keys);
            } finally {
                browser.switchTo().defaultContent();
            }
        } else {
            browser.findElement(By.id("comment")).sendKeys(keys);
        }
    }

    private String replyText() {
        return (String) script(rich() ? "return document.getElementById('comment_ifr').contentDocument.body.innerText;"
                : "return document.getElementById('comment').value;");
    }

    private void share() {
        browser.findElement(By.cssSelector(".sd-comment-buttons .sd-external-submit")).click();
    }

    private void awaitPosted(int count) {
        until(d -> posted().size() == count);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replaceAll(" +", " ").strip();
    }

    @Test
    public void aPublicReplyIsHeldInEnforceModeUntilTheAgentGivesAReasonWhichIsAudited() throws IOException {
        harness.useModes("enforce", "advise");
        openAgentView(false);
        openEditor();
        typeReply(RUDE);
        share();
        WebElement block = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-block"));
        assertTrue("nothing is sent while held", posted().isEmpty());
        assertEquals("the message stands just above JSM's buttons", Boolean.TRUE,
                script("return document.querySelector('.sg-reply-guard').nextElementSibling.classList.contains('sd-comment-buttons');"));
        block.findElement(By.cssSelector(".sg-guard-override")).click();
        assertFalse("a reason is required", block.findElement(By.cssSelector(".sg-override-error")).getText().isBlank());
        assertTrue(posted().isEmpty());
        block.findElement(By.id("sg-override-reason")).sendKeys("Customer asked for the facts only");
        screenshot("reply-guard-jsm-block");
        block.findElement(By.cssSelector(".sg-guard-override")).click();
        awaitPosted(1);
        assertEquals("sent once, as a public reply, by JSM's own button handler", RUDE, posted().get(0));
        List<AuditEntry> overrides = harness.audit().all().stream()
                .filter(e -> e.kind() == AuditKind.OVERRIDE && e.detail().equals("Customer asked for the facts only")).toList();
        assertEquals(1, overrides.size());
        assertEquals(GuardrailsHarness.ISSUE_KEY, overrides.get(0).issueKey());
    }

    @Test
    public void adviseModeOffersTheOpenerAndInsertPutsItAtTheTopOfTheTextarea() {
        openAgentView(false);
        openEditor();
        typeReply(BARE);
        share();
        WebElement advice = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-advise"));
        String opener = advice.findElement(By.cssSelector(".sg-guard-opener")).getText();
        assertTrue(posted().isEmpty());
        advice.findElement(By.cssSelector(".sg-guard-insert")).click();
        until(d -> replyText().startsWith(opener));
        assertTrue(replyText(), replyText().endsWith(BARE));
        share();
        awaitPosted(1);
        assertEquals(oneLine(opener + " " + BARE), oneLine(posted().get(0)));
    }

    @Test
    public void inTheRichTextEditorTheReplyIsReadAndInsertPutsTheOpenerAtTheTopOfItsBody() {
        openAgentView(true);
        openEditor();
        typeReply(BARE);
        share();
        WebElement advice = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-advise"));
        String opener = advice.findElement(By.cssSelector(".sg-guard-opener")).getText();
        advice.findElement(By.cssSelector(".sg-guard-insert")).click();
        until(d -> replyText().startsWith(opener));
        assertTrue(replyText(), replyText().contains(BARE));
        assertEquals("the opener is a paragraph of its own, as text", Boolean.TRUE,
                script("var p = document.getElementById('comment_ifr').contentDocument.body.firstElementChild;"
                        + "return p.tagName === 'P' && p.children.length === 0;"));
        share();
        awaitPosted(1);
        assertEquals(oneLine(opener + " " + BARE), oneLine(posted().get(0)));
    }

    @Test
    public void thePanelsInsertOpensTheCollapsedBoxFirstForEitherEditor() {
        for (boolean rich : new boolean[]{false, true}) {
            openAgentView(rich);
            assertTrue("the editor starts collapsed", browser.findElements(By.cssSelector("#sd-comment-editor:not([hidden])")).isEmpty());
            WebElement insert = browser.findElement(By.cssSelector("#sg-guidance-panel .sg-insert-opener"));
            String opener = insert.getAttribute("data-opener");
            insert.click();
            waitFor(rich ? By.id("comment_ifr") : By.id("comment"));
            until(d -> replyText().strip().equals(opener));
            assertFalse("the collapsed box gave way to the editor", browser.findElement(By.id("sd-comment-collapsed-textarea")).isDisplayed());
        }
    }

    @Test
    public void theInternalButtonIsNeverChecked() {
        harness.useModes("enforce", "enforce");
        openAgentView(false);
        openEditor();
        typeReply("Customer is rude, no apology needed here.");
        int checks = harness.checkCalls();
        browser.findElement(By.cssSelector(".sd-comment-buttons .sd-internal-submit")).click();
        awaitPosted(1);
        assertEquals("[internal] Customer is rude, no apology needed here.", posted().get(0));
        assertEquals("no check asked", checks, harness.checkCalls());
        assertTrue(browser.findElements(By.cssSelector(".sg-reply-guard .aui-message")).isEmpty());
    }

    @Test
    public void aCheckSlowerThanOneSecondOrFailingLetsThePublicReplyThrough() {
        harness.useModes("enforce", "enforce");
        harness.slowCheck(1500);
        openAgentView(false);
        openEditor();
        int checks = harness.checkCalls();
        typeReply(BARE);
        share();
        awaitPosted(1);
        assertEquals(BARE, posted().get(0));
        assertEquals("it was asked, and not waited for", checks + 1, harness.checkCalls());
        harness.slowCheck(0);
        harness.failingCheck(true);
        typeReply("Your order ships on Monday.");
        share();
        awaitPosted(2);
        assertTrue(browser.findElements(By.cssSelector(".sg-reply-guard .aui-message")).isEmpty());
    }

    @Test
    public void anInternalMarkInJavaScriptLiteralSyntaxIsNotChecked() {
        harness.useModes("enforce", "enforce");
        openAgentView(false);
        script("document.getElementById('commentProperty').value = arguments[0];", "[{key: 'sd.public.comment', value: {internal: 'true'}}]");
        openEditor();
        int checks = harness.checkCalls();
        typeReply(RUDE);
        share();
        awaitPosted(1);
        assertEquals("[internal] " + RUDE, posted().get(0));
        assertEquals(checks, harness.checkCalls());
    }

    @Test
    public void theCommentPropertyIsReadAsJsonOrAsAJavaScriptLiteral() {
        openAgentView(false);
        Map<String, Boolean> cases = new LinkedHashMap<>();
        cases.put("[{key: 'sd.public.comment', value: {internal: 'true'}}]", true);
        cases.put("[{key: 'sd.public.comment', value: {internal: true}}]", true);
        cases.put("[{key: \"sd.public.comment\", value: {internal: 'true'},},]", true);
        cases.put("[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]", true);
        cases.put("  [ { key : 'other' , value : { x : 1 } } , { key : 'sd.public.comment' , value : { internal : true } } ]  ", true);
        cases.put("[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]", false);
        cases.put("[{key: 'sd.public.comment', value: {internal: 'false'}}]", false);
        cases.put("[{key: 'sd.public.comment', value: {internal: 'yes'}}]", false);
        cases.put("[{key: 'other', value: {internal: true}}]", false);
        cases.put("[{key: 'sd.public.comment', value: {internal: 'true'}", false);
        cases.put("[{key: 'sd.public.comment', value: {internal: window.x}}]", false);
        cases.put("(function(){window.sgRan = true; return [{key: 'sd.public.comment', value: {internal: true}}]})()", false);
        cases.put("{__proto__: {internal: true}, key: 'sd.public.comment'}", false);
        cases.put("", false);
        cases.put("[".repeat(5000), false);
        cases.put("[{key: '" + "\\'".repeat(4000), false);
        for (Map.Entry<String, Boolean> c : cases.entrySet()) {
            assertEquals(c.getKey(), c.getValue(), script("return ServiceGuardrails.replyGuard.isInternalProperty(arguments[0]);", c.getKey()));
        }
        assertEquals("nothing in a property runs", Boolean.TRUE, script("return window.sgRan === undefined && ({}).internal === undefined;"));
    }

    @Test
    public void ctrlEnterInEitherEditorIsHeldLikeThePublicButton() {
        harness.useModes("enforce", "advise");
        for (boolean rich : new boolean[]{false, true}) {
            openAgentView(rich);
            openEditor();
            typeReply(RUDE, Keys.chord(Keys.CONTROL, Keys.ENTER));
            WebElement block = waitFor(By.cssSelector(".sg-reply-guard .sg-guard-block"));
            assertTrue("held: " + posted(), posted().isEmpty());
            block.findElement(By.id("sg-override-reason")).sendKeys("Legal wording required");
            block.findElement(By.cssSelector(".sg-guard-override")).click();
            awaitPosted(1);
            assertEquals("sent through the public button", oneLine(RUDE), oneLine(posted().get(0)));
        }
    }
}
