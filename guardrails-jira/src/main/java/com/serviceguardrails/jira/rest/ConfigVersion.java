package com.serviceguardrails.jira.rest;

import java.time.Instant;
import java.util.Objects;

/** One saved configuration: its number, the JSON as saved, who saved it and when. */
public record ConfigVersion(long id, String json, String savedBy, Instant savedAt) {

    public ConfigVersion {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
