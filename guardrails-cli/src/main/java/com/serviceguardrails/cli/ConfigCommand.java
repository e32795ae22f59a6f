package com.serviceguardrails.cli;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigError;
import com.serviceguardrails.config.GuardrailsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guardrails config default|validate FILE}: print the bundled configuration, or check one. */
@Command(name = "config", description = "Print the bundled default configuration, or validate a configuration file.",
        mixinStandardHelpOptions = true)
final class ConfigCommand {

    @Command(name = "default", description = "Print the bundled default configuration as JSON.")
    int printDefault() {
        System.out.println(ConfigCodec.write(GuardrailsConfig.defaults()));
        return 0;
    }

    @Command(name = "validate", description = "Validate a configuration file; print every error with its JSON path.")
    int validate(@Parameters(paramLabel = "FILE") Path file) throws IOException {
        List<ConfigError> errors = ConfigCodec.validate(Files.readString(file, StandardCharsets.UTF_8));
        if (errors.isEmpty()) {
            System.out.println(file + ": valid");
            return 0;
        }
        for (ConfigError error : errors) {
            System.err.println(file + ": " + error);
        }
        return 1;
    }
}
