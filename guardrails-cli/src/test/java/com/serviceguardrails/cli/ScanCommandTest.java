package com.serviceguardrails.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ScanCommandTest {

    private static String[] scan(String input, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 1];
            full[0] = "scan";
            System.arraycopy(args, 0, full, 1, args.length);
            assertEquals(0, GuardrailsCli.run(full));
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    public void printsOneVerdictPerLineInTheContractFormat() throws Exception {
        String[] lines = scan("Thanks for the quick fix!\nYou are an idiot\\nand I know where you live\n");
        assertEquals(2, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode clean = json.readTree(lines[0]);
        assertFalse(clean.get("offensive").asBoolean());
        assertEquals("none", clean.get("target").asText());
        JsonNode threat = json.readTree(lines[1]);
        assertTrue(threat.get("abusive").asBoolean());
        assertEquals("critical", threat.get("severity").asText());
        assertEquals("en", threat.get("lang").asText());
        JsonNode finding = threat.get("findings").get(0);
        assertEquals("You are an idiot\nand I know where you live".substring(finding.get("start").asInt(), finding.get("end").asInt()),
                "idiot");
        assertEquals("en:idiot", finding.get("rule").asText());
    }

    @Test
    public void honoursLanguageAndAuthor() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode verdict = json.readTree(scan("As I already explained, restart it.\n", "--author", "agent", "--lang", "en")[0]);
        assertTrue(verdict.get("abusive").asBoolean());
        assertEquals("belittling", verdict.get("categories").get(0).asText());
        assertEquals("de", json.readTree(scan("hallo\n", "--lang", "de")[0]).get("lang").asText());
    }
}
