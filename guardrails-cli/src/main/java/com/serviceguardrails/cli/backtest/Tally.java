package com.serviceguardrails.cli.backtest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts one configuration's hits as tickets stream by. Memory is bounded by the number of distinct agents, weeks
 * and rules, never by the number of tickets: examples and problems are capped, and texts of examples are cropped.
 * Not thread-safe; one run feeds it from one thread.
 */
final class Tally {

    static final int EXAMPLES_PER_RULE = 3;
    static final int MAX_EXAMPLES = 150;
    static final int MAX_PROBLEMS_KEPT = 200;
    /** Characters of context kept around the first triggering span of an example. */
    static final int EXAMPLE_CONTEXT = 240;
    static final int EXAMPLE_LENGTH = 700;

    private final String configuration;
    private final Map<String, String> modes = new LinkedHashMap<>();
    private long tickets;
    private long comments;
    private long customerComments;
    private long agentReplies;
    private long internalNotes;
    private final Map<InputProblem.Reason, Long> skipped = new EnumMap<>(InputProblem.Reason.class);
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Long> hitsByGuardrail = new HashMap<>();
    private final Map<String, Long> ticketsByGuardrail = new HashMap<>();
    private final Map<String, Map<String, Long>> actionsByGuardrail = new HashMap<>();
    private final Map<String, Map<String, Long>> byAgent = new HashMap<>();
    private final Map<String, Map<String, Long>> byWeek = new TreeMap<>();
    private final Map<String, Long> byRule = new HashMap<>();
    private final Map<String, Integer> examplesByRule = new HashMap<>();
    private final List<Hit> examples = new ArrayList<>();
    /** The last ticket each guardrail hit: a ticket's hits arrive together, so this counts distinct tickets. */
    private final Map<String, String> lastTicketHit = new HashMap<>();
    private final Map<Long, String> weekByDay = new HashMap<>();

    Tally(String configuration, List<Guardrail> guardrails) {
        this.configuration = configuration;
        for (Guardrail guardrail : guardrails) {
            modes.put(guardrail.name(), guardrail.mode().jsonName());
        }
    }

    void ticket(ExportTicket ticket, Authorship authorship) {
        tickets++;
        for (ExportComment comment : ticket.comments()) {
            comments++;
            switch (authorship.of(ticket, comment)) {
                case CUSTOMER -> customerComments++;
                case AGENT_REPLY -> agentReplies++;
                case INTERNAL_NOTE -> internalNotes++;
            }
        }
    }

    void problem(InputProblem problem) {
        skipped.merge(problem.reason(), 1L, Long::sum);
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    void hit(Hit hit) {
        String guardrail = hit.guardrail();
        hitsByGuardrail.merge(guardrail, 1L, Long::sum);
        if (!hit.ticket().equals(lastTicketHit.put(guardrail, hit.ticket()))) {
            ticketsByGuardrail.merge(guardrail, 1L, Long::sum);
        }
        actionsByGuardrail.computeIfAbsent(guardrail, g -> new TreeMap<>()).merge(hit.action(), 1L, Long::sum);
        String agent = hit.agent().isEmpty() ? "(unassigned)" : hit.agent();
        byAgent.computeIfAbsent(agent, a -> new TreeMap<>()).merge(guardrail, 1L, Long::sum);
        byWeek.computeIfAbsent(weekCached(hit.when()), w -> new TreeMap<>()).merge(guardrail, 1L, Long::sum);
        String rule = guardrail + "\u0000" + hit.rule();
        byRule.merge(rule, 1L, Long::sum);
        if (examples.size() < MAX_EXAMPLES && examplesByRule.merge(rule, 1, Integer::sum) <= EXAMPLES_PER_RULE) {
            examples.add(cropped(hit));
        }
    }

    BacktestResult result() {
        List<BacktestResult.GuardrailTotal> guardrails = new ArrayList<>();
        modes.forEach((name, mode) -> guardrails.add(new BacktestResult.GuardrailTotal(name, mode,
                hitsByGuardrail.getOrDefault(name, 0L), ticketsByGuardrail.getOrDefault(name, 0L),
                actionsByGuardrail.getOrDefault(name, Map.of()))));
        List<BacktestResult.RuleTotal> rules = new ArrayList<>();
        byRule.forEach((key, hits) -> {
            int split = key.indexOf('\u0000');
            rules.add(new BacktestResult.RuleTotal(key.substring(0, split), key.substring(split + 1), hits));
        });
        rules.sort(Comparator.comparingLong(BacktestResult.RuleTotal::hits).reversed()
                .thenComparing(BacktestResult.RuleTotal::guardrail).thenComparing(BacktestResult.RuleTotal::rule));
        return new BacktestResult(configuration,
                new BacktestResult.Totals(tickets, comments, customerComments, agentReplies, internalNotes, skipped),
                guardrails, largestFirst(byAgent), frozen(byWeek), rules, examples, problems);
    }

    /** {@link #week} remembered per day: computing ISO weeks showed in profiles. */
    private String weekCached(Instant when) {
        return when == null ? week(null) : weekByDay.computeIfAbsent(Math.floorDiv(when.getEpochSecond(), 86_400L),
                day -> week(Instant.ofEpochSecond(day * 86_400L)));
    }

    /** ISO week of a moment in UTC, {@code 2026-W09}; {@code unknown} without a date. */
    static String week(Instant when) {
        if (when == null) {
            return "unknown";
        }
        ZonedDateTime utc = when.atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", utc.get(IsoFields.WEEK_BASED_YEAR), utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The hit with its text cut to a window around the first triggering span, spans shifted to match. */
    static Hit cropped(Hit hit) {
        String text = hit.text();
        if (text.length() <= EXAMPLE_LENGTH) {
            return hit;
        }
        int anchor = hit.spans().isEmpty() ? 0 : hit.spans().get(0).start();
        int from = Math.max(0, Math.min(anchor - EXAMPLE_CONTEXT, text.length() - EXAMPLE_LENGTH));
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        int to = Math.min(text.length(), from + EXAMPLE_LENGTH);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        List<Hit.Span> spans = new ArrayList<>();
        for (Hit.Span span : hit.spans()) {
            int start = Math.max(span.start(), from);
            int end = Math.min(span.end(), to);
            if (start < end) {
                spans.add(new Hit.Span(start - from, end - from));
            }
        }
        String excerpt = (from > 0 ? "\u2026" : "") + text.substring(from, to) + (to < text.length() ? "\u2026" : "");
        int shift = from > 0 ? 1 : 0;
        spans.replaceAll(s -> new Hit.Span(s.start() + shift, s.end() + shift));
        return new Hit(hit.guardrail(), hit.rule(), hit.action(), hit.ticket(), hit.comment(), hit.agent(), hit.when(),
                hit.language(), excerpt, spans, hit.detail());
    }

    private static Map<String, Map<String, Long>> largestFirst(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -sum(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), Map.copyOf(e.getValue())));
        return Collections.unmodifiableMap(sorted);
    }

    private static Map<String, Map<String, Long>> frozen(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
