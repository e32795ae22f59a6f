package com.serviceguardrails.cli;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;

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
}
