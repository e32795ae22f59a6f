package com.serviceguardrails.jira.settings;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of the configuration document, as the admin history shows it.
 *
 * @param number  increases by one with every save or rollback; never reused
 * @param savedAt when it was saved
 * @param savedBy the user key of the admin who saved it ("" when unknown)
 * @param json    the configuration document exactly as saved (the core's JSON)
 */
public record ConfigVersion(long number, Instant savedAt, String savedBy, String json) {
    public ConfigVersion {
        Objects.requireNonNull(savedAt, "savedAt");
        savedBy = savedBy == null ? "" : savedBy;
        Objects.requireNonNull(json, "json");
    }
}
