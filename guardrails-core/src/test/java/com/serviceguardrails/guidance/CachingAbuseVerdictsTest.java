package com.serviceguardrails.guidance;

import org.junit.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CachingAbuseVerdictsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final CachingAbuseVerdicts cache = new CachingAbuseVerdicts(comment -> {
        runs.incrementAndGet();
        return GuidanceFixtures.flagIdiot(comment.text());
    }, 2);

    @Test
    public void anEditedCommentIsJudgedAgain() {
        assertTrue(cache.verdictFor(new ThreadMessage("1", "you idiot", true, true)).abusive());
        assertTrue(!cache.verdictFor(new ThreadMessage("1", "you are kind", true, true)).abusive());
        assertEquals(2, runs.get());
    }

    @Test
    public void theLeastRecentlyUsedVerdictGoesFirstWhenFull() {
        ThreadMessage a = new ThreadMessage("a", "x", true, true);
        ThreadMessage b = new ThreadMessage("b", "y", true, true);
        ThreadMessage c = new ThreadMessage("c", "z", true, true);
        cache.verdictFor(a);
        cache.verdictFor(b);
        cache.verdictFor(a);
        cache.verdictFor(c);
        assertEquals(3, runs.get());
        cache.verdictFor(a);
        assertEquals(3, runs.get());
        cache.verdictFor(b);
        assertEquals(4, runs.get());
    }

    @Test
    public void clearForgetsEverything() {
        ThreadMessage a = new ThreadMessage("a", "x", true, true);
        cache.verdictFor(a);
        cache.clear();
        cache.verdictFor(a);
        assertEquals(2, runs.get());
    }
}
