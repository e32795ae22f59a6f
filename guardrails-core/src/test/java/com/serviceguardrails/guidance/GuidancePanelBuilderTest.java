package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.serviceguardrails.guidance.GuidanceFixtures.config;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class GuidancePanelBuilderTest {

    private static final List<ThreadMessage> THREAD = List.of(
            new ThreadMessage("10", "My order never arrived. Where is it?", true, true),
            new ThreadMessage("11", "We are looking into it.", false, true),
            new ThreadMessage("12", "You idiot, why is nobody answering? Can I cancel?", true, true));
    private static final Instant WHEN = Instant.parse("2026-11-20T10:15:00Z");
    private static final List<AuthorityLine> AUTHORITY = List.of(new AuthorityLine("refund", "50.00 EUR", "20.00 EUR", false));

    private final GuidancePanelBuilder builder = new GuidancePanelBuilder(
            (language, thread) -> "Sorry about the wait (" + language.code() + ")",
            comment -> GuidanceFixtures.flagIdiot(comment.text()),
            commentId -> commentId.equals("12") ? Optional.of(new EscalationOutcome("Highest", "lead.anna", WHEN)) : Optional.empty());

    @Test
    public void showsOpenerOpenQuestionsAuthorityAndHighlightedAbuse() {
        GuidancePanel panel = builder.build(config("advise", "advise", "advise"), THREAD, Language.EN, true, AUTHORITY);
        assertEquals("en", panel.language());
        assertEquals("Sorry about the wait (en)", panel.suggestedOpener());
        assertEquals(List.of("You idiot, why is nobody answering?", "Can I cancel?"), panel.questions().stream().map(Question::text).toList());
        assertEquals(AUTHORITY, panel.authority());
        assertEquals(1, panel.abuse().size());
        AbuseNotice notice = panel.abuse().get(0);
        assertEquals("12", notice.commentId());
        assertEquals(new TextSegment("idiot", "en:idiot"), notice.segments().get(1));
        assertEquals(List.of("en:idiot"), notice.rules());
        assertEquals("high", notice.severity());
        assertEquals(new EscalationOutcome("Highest", "lead.anna", WHEN), notice.escalation());
        assertEquals("en:idiot (en:idiot)", notice.suggestedTerms());
        assertTrue(panel.canReportFalsePositive());
    }

    @Test
    public void guardrailsThatAreOffShowNothing() {
        GuidancePanel panel = builder.build(config("off", "off", "off"), THREAD, Language.EN, true, AUTHORITY);
        assertFalse(panel.hasOpener());
        assertTrue(panel.abuse().isEmpty());
        assertTrue(panel.authority().isEmpty());
        assertFalse(panel.canReportFalsePositive());
        assertEquals(2, panel.questions().size());
    }

    @Test
    public void onlyLeadsMayReportAFalsePositive() {
        assertFalse(builder.build(config("advise", "advise", "advise"), THREAD, Language.EN, false, AUTHORITY).canReportFalsePositive());
    }

    @Test
    public void aFailingPartIsLeftOutAndTheRestStillRenders() {
        GuidancePanelBuilder broken = new GuidancePanelBuilder(
                (language, thread) -> { throw new IllegalStateException("macro store down"); },
                comment -> { throw new IllegalStateException("detector down"); },
                commentId -> { throw new IllegalStateException("db down"); });
        GuidancePanel panel = broken.build(config("enforce", "enforce", "advise"), THREAD, Language.EN, true, AUTHORITY);
        assertNull(panel.suggestedOpener());
        assertTrue(panel.abuse().isEmpty());
        assertEquals(2, panel.questions().size());
    }

    @Test
    public void theCustomersLanguageComesFromTheirWords() {
        List<ThreadMessage> german = List.of(new ThreadMessage("1", "Ich habe das Paket nicht bekommen und es ist schon eine Woche her.", true, true));
        GuidancePanel panel = builder.build(config("advise", "advise", "advise"), german, Language.EN, false, List.of());
        assertEquals("de", panel.language());
        assertEquals("Sorry about the wait (de)", panel.suggestedOpener());
    }

    @Test
    public void aCachedVerdictIsNotComputedAgainOnTheNextView() {
        AtomicInteger runs = new AtomicInteger();
        CachingAbuseVerdicts cache = new CachingAbuseVerdicts(comment -> {
            runs.incrementAndGet();
            return GuidanceFixtures.flagIdiot(comment.text());
        }, 100);
        GuidancePanelBuilder cached = new GuidancePanelBuilder((l, t) -> null, cache, EscalationHistory.NONE);
        cached.build(config("advise", "advise", "advise"), THREAD, Language.EN, false, List.of());
        cached.build(config("advise", "advise", "advise"), THREAD, Language.EN, false, List.of());
        assertEquals(2, runs.get());
    }
}
