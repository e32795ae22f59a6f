package com.serviceguardrails.guidance;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.serviceguardrails.guidance.GuidanceFixtures.config;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class JudgesTest {

    private final AtomicReference<GuardrailsConfig> inForce = new AtomicReference<>(config("enforce", "enforce", "off"));
    private final Judges judges = new Judges(inForce::get);

    @Test
    public void theRealOpeningCheckDecidesAndSuggestsAnOpener() {
        ReplyGuard guard = new ReplyGuard(judges.openingJudge(), judges.toneJudge());
        ReplyCheck bad = guard.check(inForce.get(), "Sorry you feel that way. The parcel left our warehouse on time.", false, Language.EN);
        assertEquals(ReplyAction.BLOCK, bad.action());
        assertEquals("non_apology", bad.opening().reason());
        assertNotNull(bad.opening().explanation());
        assertFalse(bad.opening().suggestedOpener().isBlank());
        ReplyCheck good = guard.check(inForce.get(), "I'm sorry your parcel arrived damaged. A replacement ships today.", false, Language.EN);
        assertEquals(ReplyAction.ALLOW, good.action());
    }

    @Test
    public void customerAbuseIsJudgedByTheRealDetector() {
        assertTrue(judges.customerAbuse().verdictFor(new ThreadMessage("1", "You are a useless idiot and I know where you live.", true, true)).abusive());
        assertFalse(judges.customerAbuse().verdictFor(new ThreadMessage("2", "This damn lamp broke again.", true, true)).abusive());
    }

    @Test
    public void theOpenerFollowsTheCustomersLatestMessage() {
        String opener = judges.openerSuggester(MacroContext.of("Maria", "Sam", "SD-1")).openerFor(Language.EN,
                List.of(new ThreadMessage("1", "My parcel arrived damaged.", true, true)));
        assertNotNull(opener);
        assertFalse(opener.isBlank());
    }

    @Test
    public void enginesAreBuiltOncePerConfigurationAndRebuiltWhenItChanges() {
        assertSame(judges.openingCheck(), judges.openingCheck());
        var before = judges.abuseDetector();
        assertSame(before, judges.abuseDetector());
        inForce.set(config("advise", "advise", "off"));
        assertNotSame(before, judges.abuseDetector());
    }

    @Test
    public void theVerdictCacheStartsAfreshWhenTheConfigurationChanges() {
        AbuseVerdicts cached = judges.cachedCustomerAbuse(10);
        ThreadMessage comment = new ThreadMessage("1", "You are a useless idiot.", true, true);
        assertSame(cached.verdictFor(comment), cached.verdictFor(comment));
        var before = cached.verdictFor(comment);
        inForce.set(config("advise", "advise", "off"));
        assertNotSame(before, cached.verdictFor(comment));
    }
}
