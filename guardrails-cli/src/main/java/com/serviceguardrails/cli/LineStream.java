package com.serviceguardrails.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

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
        BufferedReader reader = reader(in);
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

    private static BufferedReader reader(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** A batch is cut after this many lines or characters, whichever comes first: big enough to share out cheaply. */
    private static final int BATCH_LINES = 512;
    private static final int BATCH_CHARS = 1 << 16;

    /**
     * {@link #map} on several threads, same output: a reader thread cuts the input into batches, {@code workers}
     * threads map them (and encode the output), and the calling thread writes the batches in input order. At most
     * {@code 2 * workers + 2} batches are in flight, so memory stays constant whatever the input size.
     * {@code mapper} must be thread-safe. Returns the number of lines.
     */
    static long mapInParallel(InputStream in, OutputStream out, int workers, LineMapper mapper) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("line-mapper"));
        BlockingQueue<Future<Batch>> inOrder = new ArrayBlockingQueue<>(2 * workers + 2);
        Thread reader = daemon("line-reader").newThread(() -> readBatches(in, mapper, pool, inOrder));
        reader.start();
        long count = 0;
        try {
            for (Future<Batch> next = inOrder.take(); next != END; next = inOrder.take()) {
                Batch batch = next.get();
                out.write(batch.utf8());
                count += batch.lines();
            }
            out.flush();
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while mapping lines");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } finally {
            reader.interrupt();   // after a failure the reader may be waiting for room in the queue
            pool.shutdownNow();
        }
    }

    /** The mapped lines of one batch, already encoded, each ending in a newline. */
    private record Batch(byte[] utf8, int lines) {
    }

    /** Marks the end of the input in the queue of batches. */
    private static final Future<Batch> END = CompletableFuture.completedFuture(new Batch(new byte[0], 0));

    private static void readBatches(InputStream in, LineMapper mapper, ExecutorService pool, BlockingQueue<Future<Batch>> inOrder) {
        try {
            try {
                BufferedReader reader = reader(in);
                List<String> batch = new ArrayList<>(BATCH_LINES);
                int chars = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    batch.add(line);
                    chars += line.length();
                    if (batch.size() == BATCH_LINES || chars >= BATCH_CHARS) {
                        submit(batch, mapper, pool, inOrder);
                        batch = new ArrayList<>(BATCH_LINES);
                        chars = 0;
                    }
                }
                if (!batch.isEmpty()) {
                    submit(batch, mapper, pool, inOrder);
                }
            } catch (IOException | RuntimeException e) {
                inOrder.put(CompletableFuture.failedFuture(e));
            }
            inOrder.put(END);
        } catch (InterruptedException e) {
            // the writer gave up (its output failed); nothing left to do
        }
    }

    private static void submit(List<String> lines, LineMapper mapper, ExecutorService pool,
                               BlockingQueue<Future<Batch>> inOrder) throws InterruptedException {
        inOrder.put(pool.submit(() -> {
            StringBuilder mapped = new StringBuilder(lines.size() * 128);
            for (String line : lines) {
                mapped.append(mapper.map(unescape(line))).append('\n');
            }
            return new Batch(mapped.toString().getBytes(StandardCharsets.UTF_8), lines.size());
        }));
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);   // never keeps the process alive after the command returns
            return thread;
        };
    }
}
