package com.serviceguardrails.guidance;

import org.junit.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class AuditFilterTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private final AuditEntry override = AuditEntry.of(T, AuditKind.OVERRIDE, "ann", "SD-7", "customer insisted");

    @Test
    public void matchesOnKindUserIssueAndAHalfOpenTimeWindow() {
        assertTrue(AuditFilter.all().matches(override));
        assertTrue(new AuditFilter(Set.of(AuditKind.OVERRIDE, AuditKind.BLOCK), "ann", "sd-7", T, T.plusSeconds(1)).matches(override));
        assertFalse(new AuditFilter(Set.of(AuditKind.BLOCK), null, null, null, null).matches(override));
        assertFalse(new AuditFilter(Set.of(), "bob", null, null, null).matches(override));
        assertFalse(new AuditFilter(Set.of(), null, "SD-8", null, null).matches(override));
        assertFalse(new AuditFilter(Set.of(), null, null, null, T).matches(override));
        assertFalse(new AuditFilter(Set.of(), null, null, T.plusSeconds(1), null).matches(override));
    }
}
