package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static com.serviceguardrails.guidance.GuidanceFixtures.config;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReplyGuardTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final ReplyGuard guard = new ReplyGuard(
            (reply, language) -> {
                calls.incrementAndGet();
                return reply.startsWith("Sorry")
                        ? new OpeningJudgement(true, null, null, "Sorry about the trouble.")
                        : new OpeningJudgement(false, "no_apology", "The reply does not apologise.", "Sorry about the trouble.");
            },
            reply -> {
                calls.incrementAndGet();
                return GuidanceFixtures.flagIdiot(reply);
            });

    @Test
    public void aCompliantReplyGoesOut() {
        ReplyCheck check = guard.check(config("enforce", "enforce", "off"), "Sorry about the delay, it ships today.", false, Language.EN);
        assertEquals(ReplyAction.ALLOW, check.action());
        assertTrue(check.opening().compliant());
    }

    @Test
    public void adviseModeAdvisesAndEnforceModeBlocks() {
        String reply = "Your order ships today.";
        assertEquals(ReplyAction.ADVISE, guard.check(config("advise", "advise", "off"), reply, false, Language.EN).action());
        ReplyCheck blocked = guard.check(config("enforce", "advise", "off"), reply, false, Language.EN);
        assertEquals(ReplyAction.BLOCK, blocked.action());
        assertEquals("no_apology", blocked.opening().reason());
        assertEquals("Sorry about the trouble.", blocked.opening().suggestedOpener());
    }

    @Test
    public void belittlingToneIsBlockedOnlyWhenAbuseIsEnforced() {
        String reply = "Sorry, but only an idiot would do that.";
        ReplyCheck advised = guard.check(config("enforce", "advise", "off"), reply, false, Language.EN);
        assertEquals(ReplyAction.ADVISE, advised.action());
        assertEquals("en:idiot", advised.toneFindings().get(0).rule());
        assertEquals(ReplyAction.BLOCK, guard.check(config("advise", "enforce", "off"), reply, false, Language.EN).action());
    }

    @Test
    public void internalNotesAreNeverChecked() {
        ReplyCheck check = guard.check(config("enforce", "enforce", "off"), "idiot customer, no apology", true, Language.EN);
        assertEquals(ReplyAction.ALLOW, check.action());
        assertEquals(0, calls.get());
    }

    @Test
    public void guardrailsThatAreOffAreNotRun() {
        assertEquals(ReplyAction.ALLOW, guard.check(config("off", "off", "off"), "you idiot", false, Language.EN).action());
        assertEquals(0, calls.get());
    }

    @Test
    public void aFailingCheckLetsTheReplyThroughAndSaysSo() {
        ReplyGuard failing = new ReplyGuard((r, l) -> { throw new IllegalStateException("boom"); }, r -> { throw new IllegalStateException("boom"); });
        ReplyCheck check = failing.check(config("enforce", "enforce", "off"), "No.", false, Language.EN);
        assertEquals(ReplyAction.ALLOW, check.action());
        assertTrue(check.degraded());
        assertFalse(guard.check(config("enforce", "enforce", "off"), "No.", false, Language.EN).degraded());
    }

    @Test
    public void languageIsJudgedFromTheReply() {
        assertEquals("fr", guard.check(config("advise", "off", "off"), "Nous sommes désolés pour le retard de votre commande.", false, Language.EN).language());
    }
}
