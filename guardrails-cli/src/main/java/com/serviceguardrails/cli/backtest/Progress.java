package com.serviceguardrails.cli.backtest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn at most every 200 ms, for long runs on a terminal only: when
 * output is redirected (CI, pipes, files) it prints nothing, so logs stay clean.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final long totalBytes;
    private long bytes;
    private long tickets;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream out, boolean enabled, long totalBytes) {
        this.out = out;
        this.enabled = enabled;
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** True when standard input and output are a terminal (the JDK's test for an interactive session). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    void bytes(long read) {
        bytes += read;
        maybeDraw();
    }

    void ticket() {
        tickets++;
    }

    private void maybeDraw() {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.min(WIDTH, bytes * WIDTH / totalBytes);
        out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d tickets", "#".repeat(filled), " ".repeat(WIDTH - filled),
                Math.min(100, bytes * 100 / totalBytes), tickets);
        out.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            out.flush();
        }
    }
}
