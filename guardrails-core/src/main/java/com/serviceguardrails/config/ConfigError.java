package com.serviceguardrails.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration: where ({@code opening.macros[3].template}) and why
 * ({@code unknown placeholder ${customer.nmae}}). The empty path means the document as a whole.
 */
public record ConfigError(String path, String message) {

    public ConfigError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}
