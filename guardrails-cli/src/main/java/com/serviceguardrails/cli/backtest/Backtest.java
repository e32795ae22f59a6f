package com.serviceguardrails.cli.backtest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs guardrails over a stream of tickets and counts what they would have done: one configuration, or two side
 * by side ({@code --compare}) on the same pass over the input. A guardrail that throws on a ticket is reported as a
 * problem of that ticket and the run goes on.
 *
 * <p>With {@code threads > 0} the pure part of every guardrail ({@link Guardrail#prepare}) runs on that many worker
 * threads, at most {@link #WINDOW} tickets ahead; results are then taken in export order, so totals, running
 * ledgers and examples are exactly those of a one-thread run. Call {@link #report()} once at the end; it waits for
 * the last tickets and stops the workers.
 */
public final class Backtest implements ExportReader.Listener, AutoCloseable {

    static final int COMPARISON_EXAMPLES_PER_GUARDRAIL = 5;
    /** Tickets in flight at most: bounds memory whatever the export size. */
    static final int WINDOW = 512;

    private final Authorship authorship;
    private final Side baseline;
    private final Side candidate;
    private final Map<String, long[]> changes = new LinkedHashMap<>();
    private final Map<String, Integer> changeExamples = new HashMap<>();
    private final List<Comparison.Example> comparisonExamples = new ArrayList<>();
    private final ExecutorService workers;
    private final Deque<CompletableFuture<Prepared>> inFlight = new ArrayDeque<>();

    /** What a run produced: the baseline's result, and with a candidate its result and the comparison. */
    public record Report(BacktestResult result, BacktestResult candidate, Comparison comparison) {
    }

    /** A ticket with what each side's guardrails prepared for it (an exception stands for a failed prepare). */
    private record Prepared(ExportTicket ticket, Object[] baseline, Object[] candidate) {
    }

    /** A run on the calling thread only. */
    public Backtest(Authorship authorship, GuardrailSet baseline, GuardrailSet candidate) {
        this(authorship, baseline, candidate, 0);
    }

    /**
     * @param candidate the configuration to compare with, or null for a plain run
     * @param threads   worker threads for the guardrails' pure work; 0 runs everything on the calling thread
     */
    public Backtest(Authorship authorship, GuardrailSet baseline, GuardrailSet candidate, int threads) {
        this.authorship = authorship;
        this.baseline = new Side(baseline.name(), baseline.guardrails());
        this.candidate = candidate == null ? null : new Side(candidate.name(), candidate.guardrails());
        if (this.candidate != null) {
            for (Side side : List.of(this.baseline, this.candidate)) {
                side.guardrails.forEach(g -> changes.putIfAbsent(g.name(), new long[2]));
            }
        }
        this.workers = threads <= 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "backtest-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void ticket(ExportTicket ticket) {
        if (workers == null) {
            finish(prepare(ticket));
            return;
        }
        inFlight.addLast(CompletableFuture.supplyAsync(() -> prepare(ticket), workers));
        while (inFlight.size() > WINDOW) {
            finish(inFlight.removeFirst().join());
        }
    }

    @Override
    public void problem(InputProblem problem) {
        baseline.tally.problem(problem);
        if (candidate != null) {
            candidate.tally.problem(problem);
        }
    }

    public Report report() {
        while (!inFlight.isEmpty()) {
            finish(inFlight.removeFirst().join());
        }
        close();
        if (candidate == null) {
            return new Report(baseline.tally.result(), null, null);
        }
        return new Report(baseline.tally.result(), candidate.tally.result(),
                Comparison.of(baseline.name, candidate.name, changes, comparisonExamples));
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private Prepared prepare(ExportTicket ticket) {
        return new Prepared(ticket, baseline.prepare(ticket, authorship),
                candidate == null ? null : candidate.prepare(ticket, authorship));
    }

    private void finish(Prepared prepared) {
        List<Hit> baseHits = baseline.evaluate(prepared.ticket(), authorship, prepared.baseline());
        if (candidate != null) {
            compare(baseHits, candidate.evaluate(prepared.ticket(), authorship, prepared.candidate()));
        }
    }

    /** A hit is "the same" in both configurations when the same guardrail acts on the same comment (or ticket). */
    private void compare(List<Hit> base, List<Hit> other) {
        Map<String, Hit> baseKeys = keyed(base);
        Map<String, Hit> otherKeys = keyed(other);
        otherKeys.forEach((key, hit) -> {
            if (!baseKeys.containsKey(key)) {
                changed(hit, true);
            }
        });
        baseKeys.forEach((key, hit) -> {
            if (!otherKeys.containsKey(key)) {
                changed(hit, false);
            }
        });
    }

    private void changed(Hit hit, boolean added) {
        changes.computeIfAbsent(hit.guardrail(), g -> new long[2])[added ? 0 : 1]++;
        String exampleKey = hit.guardrail() + (added ? "+" : "-");
        if (changeExamples.merge(exampleKey, 1, Integer::sum) <= COMPARISON_EXAMPLES_PER_GUARDRAIL) {
            comparisonExamples.add(new Comparison.Example(added, Tally.cropped(hit)));
        }
    }

    private static Map<String, Hit> keyed(List<Hit> hits) {
        Map<String, Hit> keyed = new LinkedHashMap<>();
        for (Hit hit : hits) {
            keyed.putIfAbsent(hit.guardrail() + "\u0000" + hit.comment(), hit);
        }
        return keyed;
    }

    /** One configuration's guardrails and their tally. */
    private static final class Side {
        final String name;
        final List<Guardrail> guardrails;
        final Tally tally;

        Side(String name, List<Guardrail> guardrails) {
            this.name = name;
            this.guardrails = guardrails.stream().filter(g -> g.mode().isActive()).toList();
            this.tally = new Tally(name, guardrails);
        }

        /** Each guardrail's pure work; a failure is kept (as the throwable) for {@link #evaluate} to report in order. */
        Object[] prepare(ExportTicket ticket, Authorship authorship) {
            Object[] prepared = new Object[guardrails.size()];
            for (int i = 0; i < prepared.length; i++) {
                try {
                    prepared[i] = guardrails.get(i).prepare(ticket, authorship);
                } catch (RuntimeException | StackOverflowError e) {
                    prepared[i] = new Failed(e);
                }
            }
            return prepared;
        }

        List<Hit> evaluate(ExportTicket ticket, Authorship authorship, Object[] prepared) {
            tally.ticket(ticket, authorship);
            List<Hit> hits = new ArrayList<>();
            Guardrail.Sink sink = new Guardrail.Sink() {
                @Override
                public void hit(Hit hit) {
                    hits.add(hit);
                }

                @Override
                public void problem(InputProblem problem) {
                    tally.problem(problem);
                }
            };
            for (int i = 0; i < guardrails.size(); i++) {
                Guardrail guardrail = guardrails.get(i);
                int before = hits.size();
                try {
                    if (prepared[i] instanceof Failed failed) {
                        throw failed.error();
                    }
                    guardrail.evaluate(ticket, authorship, prepared[i], sink);
                } catch (RuntimeException | StackOverflowError e) {
                    hits.subList(before, hits.size()).clear();
                    tally.problem(new InputProblem(ticket.source(), InputProblem.Reason.GUARDRAIL_FAILED,
                            "guardrail " + guardrail.name() + " failed (" + e + "); the ticket counts as not evaluated by it"));
                }
            }
            hits.forEach(tally::hit);
            return hits;
        }
    }

    /** A prepare step that threw; rethrown where the ticket is evaluated, so the failure is reported in order. */
    private record Failed(Throwable cause) {
        RuntimeException error() {
            return cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
        }
    }
}
