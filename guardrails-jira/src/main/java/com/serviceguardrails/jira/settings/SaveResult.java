package com.serviceguardrails.jira.settings;

import com.serviceguardrails.config.ConfigError;

import java.util.List;
import java.util.Optional;

/**
 * What became of a save or rollback: the new version, or every error (by JSON path) that stopped it.
 * A rejected document never replaces the stored one.
 */
public record SaveResult(Optional<ConfigVersion> saved, List<ConfigError> errors) {
    public SaveResult {
        errors = List.copyOf(errors);
        if (saved.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a save either succeeds or has errors");
        }
    }

    static SaveResult ok(ConfigVersion version) {
        return new SaveResult(Optional.of(version), List.of());
    }

    static SaveResult rejected(List<ConfigError> errors) {
        return new SaveResult(Optional.empty(), errors);
    }

    public boolean isSaved() {
        return saved.isPresent();
    }
}
