package com.serviceguardrails.cli.backtest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The backtest's summary for the terminal: totals, per guardrail, top agents and rules, skipped input, changes. */
final class Summary {

    static final int TOP = 5;
    static final int PROBLEMS_SHOWN = 10;

    private Summary() {
    }

    static void print(Backtest.Report report, Messages messages, PrintStream out) {
        print(report.result(), messages, out);
        if (report.comparison() != null) {
            out.println();
            print(report.candidate(), messages, out);
            out.println();
            out.println(messages.get("section.compare", report.comparison().candidate()) + " ("
                    + report.comparison().baseline() + " \u2192 " + report.comparison().candidate() + ")");
            for (Comparison.Change change : report.comparison().changes()) {
                String actions = messages.actions(HtmlReport.actionsOf(report.candidate(), change.guardrail()));
                out.printf(Locale.ROOT, "  %-36s +%d  -%d%s%n", messages.name("guardrail", change.guardrail()),
                        change.added(), change.removed(), actions.isEmpty() ? "" : "  (" + actions + ")");
            }
        }
    }

    private static void print(BacktestResult result, Messages messages, PrintStream out) {
        BacktestResult.Totals totals = result.totals();
        out.println(messages.get("title") + " \u2014 " + result.configuration());
        out.println(messages.get("totals.line", totals.tickets(), totals.comments(), totals.customerComments(),
                totals.agentReplies(), totals.internalNotes()));
        out.println(messages.get("section.guardrails"));
        for (BacktestResult.GuardrailTotal g : result.guardrails()) {
            String actions = messages.actions(g.byAction());
            out.printf(Locale.ROOT, "  %-36s %-10s %6d %s %5d %s%s%n", messages.name("guardrail", g.name()),
                    "[" + messages.name("mode", g.mode()) + "]", g.hits(), "\u00d7", g.tickets(),
                    messages.get("col.tickets").toLowerCase(messages.language().locale()),
                    actions.isEmpty() ? "" : "  (" + actions + ")");
        }
        if (result.guardrails().stream().allMatch(g -> g.hits() == 0)) {
            out.println("  " + messages.get("totals.none"));
        }
        if (!result.byAgent().isEmpty()) {
            out.println(messages.get("section.agents"));
            result.byAgent().entrySet().stream().limit(TOP).forEach(e ->
                    out.printf(Locale.ROOT, "  %-36s %6d%n", e.getKey(), Tally.sum(e.getValue())));
        }
        if (!result.rules().isEmpty()) {
            out.println(messages.get("section.rules"));
            result.rules().stream().limit(TOP).forEach(r ->
                    out.printf(Locale.ROOT, "  %-36s %6d%n", r.guardrail() + " / " + r.rule(), r.hits()));
        }
        if (totals.skippedTotal() > 0) {
            String reasons = totals.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue() + " " + messages.name("reason", e.getKey().name()))
                    .collect(Collectors.joining(", "));
            out.println(messages.get("totals.skipped", totals.skippedTotal()) + " " + reasons);
            result.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + p));
            long more = totals.skippedTotal() - Math.min(PROBLEMS_SHOWN, result.problems().size());
            if (more > 0) {
                out.println("  " + messages.get("problems.more", more));
            }
        }
    }
}
