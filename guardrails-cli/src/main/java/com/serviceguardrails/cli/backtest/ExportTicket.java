package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One exported ticket, as much of it as the backtest needs. {@code customFields} holds only the fields the
 * configuration names (the rest of an issue is dropped while reading, to keep memory flat). {@code source} says
 * where it was read ({@code page-3.json:120:7}), for messages about it.
 */
public record ExportTicket(
        String key,
        Instant created,
        Person reporter,
        Person assignee,
        String priority,
        Map<String, JsonNode> customFields,
        List<ExportComment> comments,
        String source) {

    public ExportTicket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(source, "source");
        priority = priority == null ? "" : priority;
        customFields = Map.copyOf(customFields);
        comments = List.copyOf(comments);
    }
}
