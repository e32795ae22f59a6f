package com.serviceguardrails.opening;

import com.serviceguardrails.config.Mode;

import java.util.List;
import java.util.Objects;

/**
 * The `opening` section of the configuration: the apology-first check of public replies.
 *
 * @param mode   off, advise or enforce
 * @param macros the admin's apology macros; one with the id of a bundled macro ({@code en.delay}) replaces it,
 *               others are added. Validated when read ({@code opening.macros[3].template: unknown placeholder …}).
 */
public record OpeningConfig(Mode mode, List<ApologyMacro> macros) {

    public OpeningConfig {
        Objects.requireNonNull(mode, "mode");
        macros = List.copyOf(macros == null ? List.of() : macros);
    }

    /** Only the bundled macros. */
    public OpeningConfig(Mode mode) {
        this(mode, List.of());
    }
}
