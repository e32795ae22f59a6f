package com.serviceguardrails.cli;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code --config FILE}: the bundled default without it, and errors that name the file and the JSON path. */
public class ConfigOptionTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<GuardrailsConfig> load(Path file) {
        return ConfigOption.load(file, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void withoutAFileTheBundledDefaultIsUsed() {
        assertEquals(Optional.of(GuardrailsConfig.defaults()), load(null));
        assertEquals("", said());
    }

    @Test
    public void aValidFileIsRead() throws Exception {
        Path file = folder.newFile("ok.json").toPath();
        Files.writeString(file, ConfigCodec.write(GuardrailsConfig.defaults()));
        assertEquals(Optional.of(GuardrailsConfig.defaults()), load(file));
    }

    @Test
    public void anInvalidFileIsRefusedNamingTheFileAndTheJsonPath() throws Exception {
        Path file = folder.newFile("bad.json").toPath();
        Files.writeString(file, "{\"version\":1,\"opening\":{\"mode\":\"loud\"}}");

        assertEquals(Optional.empty(), load(file));
        assertTrue(said(), said().startsWith(file + ": opening.mode: "));
    }

    @Test
    public void aMissingFileIsRefusedNamingTheFile() {
        Path file = folder.getRoot().toPath().resolve("missing.json");

        assertEquals(Optional.empty(), load(file));
        assertTrue(said(), said().startsWith(file + ": cannot read: "));
    }
}
