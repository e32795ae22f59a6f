package com.serviceguardrails.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The line protocol shared by the streaming commands ({@code opening}, {@code scan}): UTF-8 text in, one message a
 * line, where the two characters {@code \n} stand for a line break; one output line per input line, same order.
 * Streams, so memory stays constant whatever the input size. Malformed UTF-8 is replaced, never fatal.
 */
final class LineStream {

    /** Turns one input line into one output line (without the trailing newline). */
    @FunctionalInterface
    interface LineMapper {
        String map(String message) throws IOException;
    }

    private LineStream() {
    }

    /** The message a protocol line stands for: each literal {@code \n} becomes a line break. */
    static String unescape(String line) {
        return line.indexOf("\\n") < 0 ? line : line.replace("\\n", "\n");
    }

    /** Maps every line of {@code in} to a line of {@code out}, in order. Returns the number of lines. */
    static long map(InputStream in, OutputStream out, LineMapper mapper) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long count = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            writer.write(mapper.map(unescape(line)));
            writer.write('\n');
            count++;
        }
        writer.flush();
        return count;
    }
}
