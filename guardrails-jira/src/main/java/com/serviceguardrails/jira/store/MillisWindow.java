package com.serviceguardrails.jira.store;

import java.time.Instant;

/**
 * Stored times are epoch milliseconds. For a stored millisecond t and any instant b:
 * {@code t >= b} exactly when {@code t >= ceilMillis(b)}, and {@code t < b} exactly when {@code t < ceilMillis(b)};
 * so a half-open window [from, to) of instants is the same rows as [ceil(from), ceil(to)) of milliseconds.
 */
final class MillisWindow {
    private MillisWindow() {
    }

    static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }
}
