package com.serviceguardrails.cli.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs guardrails over a stream of tickets and counts what they would have done: one configuration, or two side
 * by side ({@code --compare}) on the same pass over the input. A guardrail that throws on a ticket is reported as a
 * problem of that ticket and the run goes on.
 */
public final class Backtest implements ExportReader.Listener {

    static final int COMPARISON_EXAMPLES_PER_GUARDRAIL = 5;

    private final Authorship authorship;
    private final Side baseline;
    private final Side candidate;
    private final Map<String, long[]> changes = new LinkedHashMap<>();
    private final Map<String, Integer> changeExamples = new HashMap<>();
    private final List<Comparison.Example> comparisonExamples = new ArrayList<>();
    private long ticketsSeen;

    /** What a run produced: the baseline's result, and with a candidate its result and the comparison. */
    public record Report(BacktestResult result, BacktestResult candidate, Comparison comparison) {
    }

    /** @param candidate the configuration to compare with, or null for a plain run */
    public Backtest(Authorship authorship, GuardrailSet baseline, GuardrailSet candidate) {
        this.authorship = authorship;
        this.baseline = new Side(baseline.name(), baseline.guardrails());
        this.candidate = candidate == null ? null : new Side(candidate.name(), candidate.guardrails());
        if (this.candidate != null) {
            for (Side side : List.of(this.baseline, this.candidate)) {
                side.guardrails.forEach(g -> changes.putIfAbsent(g.name(), new long[2]));
            }
        }
    }

    @Override
    public void ticket(ExportTicket ticket) {
        ticketsSeen++;
        List<Hit> baseHits = baseline.evaluate(ticket, authorship);
        if (candidate != null) {
            compare(baseHits, candidate.evaluate(ticket, authorship));
        }
    }

    @Override
    public void problem(InputProblem problem) {
        baseline.tally.problem(problem);
        if (candidate != null) {
            candidate.tally.problem(problem);
        }
    }

    public long ticketsSeen() {
        return ticketsSeen;
    }

    public Report report() {
        if (candidate == null) {
            return new Report(baseline.tally.result(), null, null);
        }
        return new Report(baseline.tally.result(), candidate.tally.result(),
                Comparison.of(baseline.name, candidate.name, changes, comparisonExamples));
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

        List<Hit> evaluate(ExportTicket ticket, Authorship authorship) {
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
            for (Guardrail guardrail : guardrails) {
                int before = hits.size();
                try {
                    guardrail.evaluate(ticket, authorship, sink);
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
}
