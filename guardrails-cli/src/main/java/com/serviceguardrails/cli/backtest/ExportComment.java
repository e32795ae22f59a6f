package com.serviceguardrails.cli.backtest;

import java.time.Instant;
import java.util.Objects;

/** One comment of an exported ticket. {@code created} is null when the export lacks a readable date. */
public record ExportComment(String id, Person author, String body, Instant created, Visibility visibility) {

    /** JSM's public/internal flag, when the export carries it ({@code sd.public.comment} or {@code jsdPublic}). */
    public enum Visibility { PUBLIC, INTERNAL, UNKNOWN }

    public ExportComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
    }
}
