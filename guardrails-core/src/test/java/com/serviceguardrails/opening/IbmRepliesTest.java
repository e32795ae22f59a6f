package com.serviceguardrails.opening;

import org.junit.Assume;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * Runs the check over the 1,139 real customer-care replies in {@code ../shared/data/replies/agent-replies-ibm.tsv}
 * (unlabelled; skipped when the shared data is absent). It prints the share judged compliant and the kinds, and
 * writes every 22nd verdict to {@code target/opening-ibm-sample.tsv} for reading by hand (docs/opening.md).
 * It asserts what must hold on any real text: a verdict for every reply, spans inside the reply, no internal failure.
 */
public class IbmRepliesTest {

    @Test
    public void everyRealReplyGetsASoundVerdict() throws IOException {
        String shared = System.getProperty("guardrails.shared");
        Assume.assumeTrue("shared data not available", shared != null);
        Path file = Path.of(shared, "data", "replies", "agent-replies-ibm.tsv");
        Assume.assumeTrue("shared data not available: " + file, Files.isRegularFile(file));

        OpeningCheck check = OpeningCheck.standard();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<OpeningKind, Integer> kinds = new EnumMap<>(OpeningKind.class);
        StringBuilder sample = new StringBuilder("row\tkind\tlang\tjudged\treply\treason\n");
        int replies = 0;
        for (int row = 1; row < lines.size(); row++) {
            List<String> fields = tsvFields(lines.get(row));
            String reply = fields.get(2);
            OpeningVerdict v = check.check(new ReplyToCheck(reply, fields.get(3), null, null));
            replies++;
            kinds.merge(v.kind(), 1, Integer::sum);
            assertNotEquals(reply, OpeningReason.NOT_CHECKED, v.reasonCode());
            assertTrue(reply, v.span().end() <= reply.length() && v.evidence().end() <= reply.length());
            if (row % 22 == 1 && row / 22 < 50) {
                sample.append(row).append('\t').append(v.kind().jsonName()).append('\t').append(v.language().code()).append('\t')
                        .append(v.span().of(reply)).append('\t').append(reply).append('\t').append(v.reason()).append('\n');
            }
        }
        assertEquals(1139, replies);
        int compliant = kinds.getOrDefault(OpeningKind.APOLOGY, 0) + kinds.getOrDefault(OpeningKind.ACKNOWLEDGEMENT, 0);
        System.out.printf(Locale.ROOT, "IBM agent replies: %d, judged compliant %d (%.1f%%), kinds %s%n",
                replies, compliant, 100.0 * compliant / replies, kinds);
        Files.writeString(Path.of("target", "opening-ibm-sample.tsv"), sample, StandardCharsets.UTF_8);
    }

    /** Tab-separated fields; a field in double quotes may contain tabs, and {@code ""} stands for one quote. */
    static List<String> tsvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
