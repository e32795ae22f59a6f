package com.serviceguardrails.empowerment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A span of time {@code [from, to)} over which the ledger sums amounts. */
public record Window(Instant from, Instant to) {

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The calendar day holding {@code at} in {@code zone}: an agent's "today". */
    public static Window dayOf(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return new Window(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The rolling window of {@code days} days that ends with {@code at} (inclusive): a customer's recent history. */
    public static Window rollingDaysEndingAt(Instant at, int days) {
        return new Window(at.minus(Duration.ofDays(days)), at.plusNanos(1));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
