package com.serviceguardrails.cli;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.config.GuardrailsConfig;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one {@code --config FILE} option of every command (a picocli mixin: {@code @Mixin ConfigOption config}):
 * a configuration file, or the bundled default when it is not given.
 */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (JSON); default: the bundled one.")
    Path file;

    /** The file given, or null for the bundled default. */
    public Path file() {
        return file;
    }

    /** The configuration to use; empty after each problem was printed to {@code err} (see {@link #load(Path, PrintStream)}). */
    public Optional<GuardrailsConfig> load(PrintStream err) {
        return load(file, err);
    }

    /**
     * Reads {@code file} (null: the bundled default). On failure every problem is printed to {@code err} as one line
     * naming the file and, for an invalid configuration, the JSON path ({@code my.json: abuse.terms[2]: ...}); the
     * result is then empty, and the caller exits with its configuration-error code.
     */
    public static Optional<GuardrailsConfig> load(Path file, PrintStream err) {
        if (file == null) {
            return Optional.of(GuardrailsConfig.defaults());
        }
        try {
            return Optional.of(ConfigCodec.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (ConfigException e) {
            e.errors().forEach(error -> err.println(file + ": " + error));
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e);
        }
        return Optional.empty();
    }
}
