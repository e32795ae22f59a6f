package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The backtest's result for machines: one JSON document (format described in {@code docs/backtest.md}). */
final class ResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultJson() {
    }

    static void write(Backtest.Report report, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(report));
    }

    static ObjectNode tree(Backtest.Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "guardrails-backtest/1");
        root.set("result", result(report.result()));
        if (report.comparison() != null) {
            root.set("candidate", result(report.candidate()));
            Comparison comparison = report.comparison();
            ObjectNode compare = root.putObject("comparison");
            compare.put("baseline", comparison.baseline());
            compare.put("candidate", comparison.candidate());
            ArrayNode changes = compare.putArray("changes");
            for (Comparison.Change change : comparison.changes()) {
                changes.addObject().put("guardrail", change.guardrail()).put("added", change.added()).put("removed", change.removed());
            }
            ArrayNode examples = compare.putArray("examples");
            for (Comparison.Example example : comparison.examples()) {
                ObjectNode node = hit(example.hit());
                node.put("change", example.added() ? "added" : "removed");
                examples.add(node);
            }
        }
        return root;
    }

    private static ObjectNode result(BacktestResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("configuration", result.configuration());
        BacktestResult.Totals totals = result.totals();
        ObjectNode t = node.putObject("totals");
        t.put("tickets", totals.tickets());
        t.put("comments", totals.comments());
        t.put("customerComments", totals.customerComments());
        t.put("agentReplies", totals.agentReplies());
        t.put("internalNotes", totals.internalNotes());
        t.put("skipped", totals.skippedTotal());
        ObjectNode skipped = t.putObject("skippedByReason");
        totals.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> skipped.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()));
        ArrayNode guardrails = node.putArray("guardrails");
        for (BacktestResult.GuardrailTotal g : result.guardrails()) {
            ObjectNode gn = guardrails.addObject().put("name", g.name()).put("mode", g.mode())
                    .put("hits", g.hits()).put("tickets", g.tickets());
            counts(gn.putObject("byAction"), g.byAction());
        }
        ObjectNode agents = node.putObject("byAgent");
        result.byAgent().forEach((agent, counts) -> counts(agents.putObject(agent), counts));
        ObjectNode weeks = node.putObject("byWeek");
        result.byWeek().forEach((week, counts) -> counts(weeks.putObject(week), counts));
        ArrayNode rules = node.putArray("byRule");
        for (BacktestResult.RuleTotal rule : result.rules()) {
            rules.addObject().put("guardrail", rule.guardrail()).put("rule", rule.rule()).put("hits", rule.hits());
        }
        ArrayNode examples = node.putArray("examples");
        result.examples().forEach(hit -> examples.add(hit(hit)));
        ArrayNode problems = node.putArray("problems");
        for (InputProblem problem : result.problems()) {
            problems.addObject().put("where", problem.where())
                    .put("reason", problem.reason().name().toLowerCase(Locale.ROOT))
                    .put("message", problem.message());
        }
        return node;
    }

    private static ObjectNode hit(Hit hit) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("guardrail", hit.guardrail()).put("rule", hit.rule()).put("action", hit.action())
                .put("ticket", hit.ticket()).put("comment", hit.comment()).put("agent", hit.agent())
                .put("when", hit.when() == null ? null : hit.when().toString()).put("language", hit.language())
                .put("text", hit.text()).put("detail", hit.detail());
        ArrayNode spans = node.putArray("spans");
        hit.spans().forEach(s -> spans.addObject().put("start", s.start()).put("end", s.end()));
        return node;
    }

    private static void counts(ObjectNode node, Map<String, Long> counts) {
        new TreeMap<>(counts).forEach(node::put);
    }
}
