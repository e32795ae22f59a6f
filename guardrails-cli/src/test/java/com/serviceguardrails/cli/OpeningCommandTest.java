package com.serviceguardrails.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The CLI contract of {@code guardrails opening}: one JSON object per input line, exact fields, UTF-16 offsets. */
public class OpeningCommandTest {

    private InputStream stdin;
    private PrintStream stdout;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @Before
    public void capture() {
        stdin = System.in;
        stdout = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @After
    public void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
    }

    private String run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 1];
        all[0] = "opening";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(0, GuardrailsCli.run(all));
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void writesOneJsonObjectPerLineWithExactlyTheContractFields() throws Exception {
        String out = run("Hi Maria,\\nSorry about the missing items.\nSorry you feel that way.\n\nÜbrigens: Ihr Paket ist da.\n");
        String[] lines = out.split("\n");
        assertEquals(4, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        List<String> fields = List.of("compliant", "kind", "lang", "span", "reason");
        Iterator<String> names = first.fieldNames();
        for (String expected : fields) {
            assertEquals(expected, names.next());
        }
        assertTrue(first.get("compliant").asBoolean());
        assertEquals("apology", first.get("kind").asText());
        assertEquals("en", first.get("lang").asText());
        // offsets count the \n escape as one character, as in the message it stands for
        assertEquals(10, first.get("span").get("start").asInt());
        assertEquals(40, first.get("span").get("end").asInt());
        assertEquals("non_apology", json.readTree(lines[1]).get("kind").asText());
        assertEquals("none", json.readTree(lines[2]).get("kind").asText());
        assertEquals("de", json.readTree(lines[3]).get("lang").asText());
    }

    @Test
    public void aForcedLanguageIsReportedAndABadOneIsAUsageError() {
        assertTrue(run("Lo siento mucho.\n", "--lang", "es").contains("\"lang\":\"es\""));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        assertEquals(2, GuardrailsCli.run("opening", "--lang", "it"));
    }

    @Test
    public void humanOutputIsAReportWithASummary() {
        String out = run("Sorry about that.\nPlease reboot.\n", "--human");
        assertTrue(out, out.contains("2 replies, 1 compliant (50.0%)"));
        assertTrue(out, out.contains("suggested opener: Hi there, I'm sorry"));
    }
}
