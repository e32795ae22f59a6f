package com.serviceguardrails.cli;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class LineStreamTest {

    @Test
    public void literalBackslashNIsALineBreak() {
        assertEquals("Hi Maria,\nsorry about that.", LineStream.unescape("Hi Maria,\\nsorry about that."));
    }

    @Test
    public void oneOutputLinePerInputLineInOrderWithBadUtf8Replaced() throws Exception {
        byte[] input = "first\nsecond\\nhalf\n\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] withJunk = new byte[input.length + 2];
        System.arraycopy(input, 0, withJunk, 0, input.length);
        withJunk[input.length] = (byte) 0xC3; // truncated UTF-8 sequence on the last line
        withJunk[input.length + 1] = '\n';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long lines = LineStream.map(new ByteArrayInputStream(withJunk), out, m -> "[" + m.length() + "]" + m.replace('\n', '|'));
        assertEquals(4, lines);
        assertEquals("[5]first\n[11]second|half\n[3]\u00e9t\u00e9\n[1]\uFFFD\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void inParallelTheOutputIsTheSameAndInOrder() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {   // several batches, some lines long enough to cut a batch early
            input.append(i).append(i % 997 == 0 ? "x".repeat(70_000) : "").append(i % 3 == 0 ? "\\n\u00e9" : "").append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        LineStream.LineMapper mapper = m -> {
            if (m.hashCode() % 7 == 0) {
                Thread.yield();   // workers finish out of order
            }
            return "[" + m.length() + "]" + m.replace('\n', '|');
        };
        ByteArrayOutputStream sequential = new ByteArrayOutputStream();
        LineStream.map(new ByteArrayInputStream(bytes), sequential, mapper);
        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        assertEquals(5_000, LineStream.mapInParallel(new ByteArrayInputStream(bytes), parallel, 3, mapper));
        assertEquals(sequential.toString(StandardCharsets.UTF_8), parallel.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        assertEquals(0, LineStream.mapInParallel(new ByteArrayInputStream(new byte[0]), empty, 2, mapper));
        assertEquals(0, empty.size());
    }

    @Test
    public void inParallelAFailureReachesTheCaller() {
        byte[] input = "a\nb\nboom\nc\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        IOException thrown = assertThrows(IOException.class, () -> LineStream.mapInParallel(new ByteArrayInputStream(input),
                new ByteArrayOutputStream(), 2, m -> {
                    if (m.equals("boom")) {
                        throw new IOException("cannot map " + m);
                    }
                    return m;
                }));
        assertEquals("cannot map boom", thrown.getMessage());
    }
}
