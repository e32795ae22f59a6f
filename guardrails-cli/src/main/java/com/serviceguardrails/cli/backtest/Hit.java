package com.serviceguardrails.cli.backtest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a guardrail would have done: which guardrail, the rule that fired, what it would have done
 * ({@code action}, e.g. {@code blocked}), on which ticket and comment, charged to which agent, when, and the text
 * with the spans that triggered it (for the report's examples).
 */
public record Hit(
        String guardrail,
        String rule,
        String action,
        String ticket,
        String comment,
        String agent,
        Instant when,
        String language,
        String text,
        List<Span> spans,
        String detail) {

    /** A triggering span of {@code text}, {@code [start, end)} in UTF-16 indices. */
    public record Span(int start, int end) {
    }

    public Hit {
        Objects.requireNonNull(guardrail, "guardrail");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ticket, "ticket");
        comment = comment == null ? "" : comment;
        agent = agent == null ? "" : agent;
        language = language == null ? "" : language;
        text = text == null ? "" : text;
        spans = List.copyOf(spans);
        detail = detail == null ? "" : detail;
    }
}
