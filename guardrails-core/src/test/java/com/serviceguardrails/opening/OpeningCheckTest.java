package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.Span;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The apology-first check, case by case. The labelled corpus is measured in {@link OpeningAccuracyTest}. */
public class OpeningCheckTest {

    private final OpeningCheck check = OpeningCheck.standard();

    private OpeningVerdict judge(String reply) {
        return check.check(ReplyToCheck.of(reply));
    }

    private void assertKind(OpeningKind expected, String reply) {
        OpeningVerdict verdict = judge(reply);
        assertEquals(reply + " → " + verdict.reason(), expected, verdict.kind());
        assertEquals(expected.compliant(), verdict.compliant());
    }

    @Test
    public void theIssuesExamplesAreClassifiedAsTheIssueSays() {
        assertKind(OpeningKind.APOLOGY, "Sorry about the missing items.");
        assertKind(OpeningKind.APOLOGY, "I'm so sorry your order arrived damaged.");
        assertKind(OpeningKind.APOLOGY, "We apologize for the delay.");
        assertKind(OpeningKind.ACKNOWLEDGEMENT, "I understand how frustrating it is to be locked out.");
        assertKind(OpeningKind.ACKNOWLEDGEMENT, "Thank you for your patience while we looked into this.");
        assertKind(OpeningKind.NON_APOLOGY, "Sorry you feel that way.");
        assertKind(OpeningKind.NON_APOLOGY, "We're sorry if you were offended.");
        assertKind(OpeningKind.NON_APOLOGY, "Sorry, but that's our policy.");
        assertKind(OpeningKind.NON_APOLOGY, "I'm sorry, but you should have read the terms.");
        assertKind(OpeningKind.NON_APOLOGY, "Es tut mir leid, dass Sie es so empfinden.");
        assertKind(OpeningKind.BELITTLING, "You're the only person who has had this problem this often!");
        assertKind(OpeningKind.NONE, "Your replacement ships on Monday.");
    }

    @Test
    public void aGreetingAndTheCustomersNameAreSkippedAndTheSpanIsTheSentenceJudged() {
        String reply = "Hi Maria, sorry about the missing items. I'll send them today.";
        OpeningVerdict verdict = judge(reply);
        assertEquals(OpeningKind.APOLOGY, verdict.kind());
        assertEquals("sorry about the missing items.", verdict.span().of(reply));
        assertEquals("sorry", verdict.evidence().of(reply));
    }

    @Test
    public void whenTheFirstSentenceIsOnlyAGreetingTheSecondIsJudged() {
        String reply = "Dear Mr. Smith,\n\nI'm so sorry your order arrived damaged.";
        OpeningVerdict verdict = judge(reply);
        assertEquals(OpeningKind.APOLOGY, verdict.kind());
        assertEquals("I'm so sorry your order arrived damaged.", verdict.span().of(reply));
        assertEquals(OpeningKind.APOLOGY, judge("Bonjour Julie,\nNous sommes désolés pour le retard de livraison.").kind());
        assertEquals(OpeningKind.NONE, judge("Hello!\nPlease restart the router.").kind());
    }

    @Test
    public void aCourtesySentenceIsSkippedButNotTakenForAnApology() {
        assertKind(OpeningKind.APOLOGY, "Hi there! Thanks for reaching out. Sorry the export keeps failing.");
        assertKind(OpeningKind.NONE, "Thanks for reaching out. Please send us your order number.");
    }

    @Test
    public void anApologyThatComesOnlyLaterIsNotAnOpeningAndTheReasonSaysSo() {
        OpeningVerdict verdict = judge("Your order shipped yesterday. Sorry for the delay!");
        assertEquals(OpeningKind.NONE, verdict.kind());
        assertEquals(OpeningReason.APOLOGY_TOO_LATE, verdict.reasonCode());
        assertTrue(verdict.reason(), verdict.reason().contains("Sorry"));
    }

    @Test
    public void aBareApologyTakenBackInTheNextSentenceIsANonApology() {
        String reply = "I'm sorry. But you should have read the terms before ordering.";
        OpeningVerdict verdict = judge(reply);
        assertEquals(OpeningKind.NON_APOLOGY, verdict.kind());
        assertEquals(reply, verdict.span().of(reply));
    }

    @Test
    public void quotedMailSignaturesAndMarkupAreNotJudged() {
        assertKind(OpeningKind.APOLOGY, "> You never answer!\n> Sorry you feel that way.\nSorry about the wait, Tom.");
        assertKind(OpeningKind.APOLOGY, "{quote}I'm sorry, but this is useless{quote}\nWe apologize for the outage.");
        assertKind(OpeningKind.APOLOGY, "<p>Hi Tom,</p><blockquote>you are the only one</blockquote><p>We&#39;re sorry about the outage.</p>");
        assertKind(OpeningKind.APOLOGY, "*Sorry* about the h1. wiki {color:red}mess{color}.");
        assertKind(OpeningKind.NONE, "Please update the app.\n\nOn Mon, 3 Feb 2025 at 10:12, Maria <maria@example.com> wrote:\nsorry to bother you");
        OpeningVerdict signatureOnly = judge("Thanks,\nJohn\n--\nSorry for any typos, sent from my phone");
        assertEquals(OpeningKind.NONE, signatureOnly.kind());
    }

    @Test
    public void anyAmountOfQuotedMailBeforeTheReplyIsSkipped() {
        for (String quoted : new String[] {"> earlier mail\n", "{quote}x{quote}\n", "<blockquote>x</blockquote>\n", "\n", "bq. x\n"}) {
            String reply = quoted.repeat(20_000) + "Sorry about the wait, Maria.";
            OpeningVerdict verdict = judge(reply);
            assertEquals(quoted, OpeningKind.APOLOGY, verdict.kind());
            assertEquals("Sorry about the wait, Maria.", verdict.span().of(reply));
        }
    }

    @Test
    public void theOffsetsPointIntoTheOriginalTextThroughHtmlEntities() {
        String reply = "<div>Hello&nbsp;Ana,</div><div>I&rsquo;m sorry about the double charge.</div>";
        OpeningVerdict verdict = judge(reply);
        assertEquals(OpeningKind.APOLOGY, verdict.kind());
        assertEquals("I&rsquo;m sorry about the double charge.", verdict.span().of(reply));
    }

    @Test
    public void allFourLanguagesAreRecognisedAndReported() {
        OpeningVerdict de = judge("Hallo Herr Weber,\n\nes tut mir leid, dass Sie so lange warten mussten.");
        assertEquals(OpeningKind.APOLOGY, de.kind());
        assertEquals(Language.DE, de.language());
        OpeningVerdict es = judge("Hola Ana, lo siento, pero es nuestra política.");
        assertEquals(OpeningKind.NON_APOLOGY, es.kind());
        assertEquals(Language.ES, es.language());
        OpeningVerdict fr = judge("Je comprends votre frustration, le colis est bloqué à la douane.");
        assertEquals(OpeningKind.ACKNOWLEDGEMENT, fr.kind());
        assertEquals(Language.FR, fr.language());
    }

    @Test
    public void aGivenLanguageIsReportedAsGiven() {
        assertEquals(Language.DE, check.check(ReplyToCheck.of("Sorry about that.", Language.DE)).language());
    }

    @Test
    public void badInputGetsAVerdictNotAnException() {
        String[] inputs = {
                null, "", "   \n\t ", "\u0000\u0001\u0002\ufffe\uffff", "\"unbalanced 'quotes and ( brackets [ {",
                "<<<<<>>>>><<<", "{{{{}}}}{quote}", "&&&&#;&#xZZ;&#99999999;", "\ud800\udc00\ud800 lone surrogate",
                "<script>sorry</script>", "a".repeat(1_000_000), ("> quoted\n").repeat(120_000),
                ("<b>" + "x ".repeat(500)).repeat(200), "sorry ".repeat(200_000),
        };
        for (String input : inputs) {
            OpeningVerdict verdict = judge(input);
            assertNotNull(verdict);
            assertNotNull(verdict.suggestedOpener());
            String text = input == null ? "" : input;
            assertTrue(verdict.span().end() <= text.length());
        }
        assertEquals(OpeningReason.EMPTY, judge(null).reasonCode());
        assertEquals(OpeningKind.APOLOGY, judge("sorry ".repeat(200_000)).kind());
    }

    @Test
    public void oneCheckSharedByManyThreadsGivesEachTheSameVerdictAsAlone() throws Exception {
        List<OpeningAccuracyTest.Labelled> corpus = OpeningAccuracyTest.corpus();
        List<OpeningVerdict> alone = new ArrayList<>();
        for (OpeningAccuracyTest.Labelled l : corpus) {
            alone.add(check.check(ReplyToCheck.of(l.text())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<OpeningVerdict>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<OpeningVerdict> out = new ArrayList<>();
                    for (OpeningAccuracyTest.Labelled l : corpus) {
                        out.add(check.check(ReplyToCheck.of(l.text())));
                    }
                    return out;
                }));
            }
            for (Future<List<OpeningVerdict>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aNullReplyObjectIsJudgedEmpty() {
        OpeningVerdict verdict = check.check(null);
        assertFalse(verdict.compliant());
        assertEquals(Span.EMPTY, verdict.span());
    }

    @Test
    public void theSuggestedOpenerFitsTheSituationAndLanguageAndIsFilledIn() {
        OpeningVerdict verdict = check.check(new ReplyToCheck("Your parcel ships tomorrow.",
                "The lamp arrived broken, the glass is cracked.", Language.EN, MacroContext.of("Maria", "Sam", "HELP-7")));
        assertEquals("en.damaged", verdict.suggestedOpener().macroId());
        assertTrue(verdict.suggestedOpener().text(), verdict.suggestedOpener().text().startsWith("Hi Maria, I'm so sorry"));

        SuggestedOpener german = check.suggestOpener("Ich warte seit zwei Wochen auf meine Bestellung, immer noch nicht da!", null,
                MacroContext.of(null, "Sam", "HELP-8"));
        assertEquals("de.delay", german.macroId());
        assertTrue(german.text(), german.text().contains("HELP-8") && german.text().startsWith("Hallo zusammen,"));

        assertEquals("en.general", check.suggestOpener(null, null, null).macroId());
    }

    @Test
    public void theReasonIsTranslated() {
        OpeningVerdict verdict = judge("Sorry you feel that way.");
        assertTrue(verdict.reason(Language.DE), verdict.reason(Language.DE).contains("Schein-Entschuldigung"));
        assertTrue(verdict.reason(Language.FR), verdict.reason(Language.FR).contains("fausses excuses"));
        assertTrue(verdict.reason(Language.ES), verdict.reason(Language.ES).contains("falsa disculpa"));
        for (OpeningReason reason : OpeningReason.values()) {
            for (Language language : Language.values()) {
                assertFalse(reason + " " + language, reason.describe(language, "x").startsWith(reason.name().toLowerCase()));
            }
        }
    }
}
