package com.serviceguardrails.cli.backtest;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The backtest's HTML report: one self-contained file that opens offline. Styles inline, charts as inline SVG, no
 * script at all (and a Content-Security-Policy that forbids any), every string from the export escaped, triggering
 * words in {@code <mark>}.
 */
final class HtmlReport {

    static final int AGENTS_CHARTED = 15;
    static final int AGENTS_LISTED = 50;
    static final int RULES_LISTED = 50;

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#172b4d;padding:0 16px}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dfe1e6;padding-bottom:4px}
            .sub{color:#5e6c84;margin:0 0 16px}.cards{display:flex;flex-wrap:wrap;gap:12px}
            .card{border:1px solid #dfe1e6;border-radius:6px;padding:8px 14px;min-width:120px}.card b{display:block;font-size:22px}
            table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #ebecf0;padding:4px 10px;text-align:left;vertical-align:top}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .chart{max-width:100%;height:auto;display:block;margin:8px 0}.chart .label{font-size:12px;fill:#172b4d}.chart .value{font-size:11px;fill:#5e6c84}
            .example{border:1px solid #dfe1e6;border-radius:6px;padding:8px 12px;margin:10px 0}
            .example .meta{color:#5e6c84;font-size:12px}.example pre{white-space:pre-wrap;word-wrap:break-word;font:inherit;margin:6px 0 0}
            mark{background:#ffe380;padding:0 1px;border-radius:2px}.added{color:#006644}.removed{color:#bf2600}
            .pair{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            .tag{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;background:#ebecf0}
            """;

    private final Messages messages;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(Messages messages) {
        this.messages = messages;
    }

    static void write(Backtest.Report report, String inputName, Messages messages, Writer out) throws IOException {
        HtmlReport page = new HtmlReport(messages);
        page.render(report, inputName);
        out.write(page.html.toString());
    }

    private void render(Backtest.Report report, String inputName) {
        BacktestResult result = report.result();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(messages.language().code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(messages.get("title"))).append(" \u2014 ").append(e(result.configuration())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(e(messages.get("title"))).append(" \u2014 ").append(e(result.configuration())).append("</h1>");
        html.append("<p class=\"sub\">").append(e(messages.get("subtitle", result.totals().tickets(), inputName))).append("</p>\n");
        totals(result);
        guardrails(result);
        weeks(result);
        agents(result);
        rules(result);
        if (report.comparison() != null) {
            comparison(report);
        }
        examples(result.examples());
        problems(result);
        html.append("</body></html>\n");
    }

    private void totals(BacktestResult result) {
        BacktestResult.Totals t = result.totals();
        html.append("<div class=\"cards\" id=\"totals\">");
        card(messages.get("col.tickets"), t.tickets());
        for (BacktestResult.GuardrailTotal g : result.guardrails()) {
            card(messages.name("guardrail", g.name()), g.hits());
        }
        card(messages.name("section", "problems"), t.skippedTotal());
        html.append("</div><p>").append(e(messages.get("totals.line", t.tickets(), t.comments(), t.customerComments(),
                t.agentReplies(), t.internalNotes()))).append("</p>\n");
    }

    private void card(String label, long value) {
        html.append("<div class=\"card\"><b>").append(value).append("</b>").append(e(label)).append("</div>");
    }

    private void guardrails(BacktestResult result) {
        html.append("<h2 id=\"guardrails\">").append(e(messages.get("section.guardrails"))).append("</h2>");
        List<Charts.Bar> bars = new ArrayList<>();
        int index = 0;
        for (BacktestResult.GuardrailTotal g : result.guardrails()) {
            bars.add(new Charts.Bar(messages.name("guardrail", g.name()), g.hits(), Charts.colour(index++)));
        }
        html.append(Charts.horizontalBars(messages.get("chart.guardrails"), bars));
        html.append("<table><tr><th>").append(e(messages.get("col.guardrail"))).append("</th><th>")
                .append(e(messages.get("col.mode"))).append("</th><th class=\"n\">").append(e(messages.get("col.hits")))
                .append("</th><th class=\"n\">").append(e(messages.get("col.tickets"))).append("</th><th>")
                .append(e(messages.get("col.actions"))).append("</th></tr>");
        for (BacktestResult.GuardrailTotal g : result.guardrails()) {
            String actions = messages.actions(g.byAction());
            html.append("<tr><td>").append(e(messages.name("guardrail", g.name()))).append("</td><td><span class=\"tag\">")
                    .append(e(messages.name("mode", g.mode()))).append("</span></td><td class=\"n\">").append(g.hits())
                    .append("</td><td class=\"n\">").append(g.tickets()).append("</td><td>").append(e(actions)).append("</td></tr>");
        }
        html.append("</table>");
        if (result.guardrails().stream().allMatch(g -> g.hits() == 0)) {
            html.append("<p>").append(e(messages.get("totals.none"))).append("</p>");
        }
        html.append('\n');
    }

    private void weeks(BacktestResult result) {
        if (result.byWeek().isEmpty()) {
            return;
        }
        html.append("<h2 id=\"weeks\">").append(e(messages.get("section.weeks"))).append("</h2>");
        List<String> names = result.guardrails().stream().map(BacktestResult.GuardrailTotal::name).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        names.forEach(n -> labels.put(n, messages.name("guardrail", n)));
        html.append("<div class=\"pair\">")
                .append(Charts.stackedColumns(messages.get("chart.weeks"), everyWeek(result.byWeek()), names, labels));
        countTable("col.week", result.byWeek(), names, Integer.MAX_VALUE);
        html.append("</div>");
    }

    /** The weeks with their counts, plus the quiet weeks between them (a chart with gaps closed up misleads). */
    static Map<String, Map<String, Long>> everyWeek(Map<String, Map<String, Long>> byWeek) {
        List<String> weeks = byWeek.keySet().stream().filter(w -> w.matches("\\d{4}-W\\d{2}")).sorted().toList();
        if (weeks.size() < 2 || weeks.size() != byWeek.size()) {
            return byWeek;
        }
        Map<String, Map<String, Long>> filled = new LinkedHashMap<>();
        LocalDate monday = mondayOf(weeks.get(0));
        LocalDate last = mondayOf(weeks.get(weeks.size() - 1));
        for (int guard = 0; !monday.isAfter(last) && guard < 520; guard++) {
            String week = Tally.week(monday.atStartOfDay(ZoneOffset.UTC).toInstant());
            filled.put(week, byWeek.getOrDefault(week, Map.of()));
            monday = monday.plusWeeks(1);
        }
        return filled;
    }

    private static LocalDate mondayOf(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    private void agents(BacktestResult result) {
        if (result.byAgent().isEmpty()) {
            return;
        }
        html.append("<h2 id=\"agents\">").append(e(messages.get("section.agents"))).append("</h2>");
        List<Charts.Bar> bars = result.byAgent().entrySet().stream().limit(AGENTS_CHARTED)
                .map(a -> new Charts.Bar(a.getKey(), Tally.sum(a.getValue()), Charts.colour(0))).toList();
        html.append("<div class=\"pair\">").append(Charts.horizontalBars(messages.get("chart.agents", AGENTS_CHARTED), bars));
        List<String> names = result.guardrails().stream().map(BacktestResult.GuardrailTotal::name).toList();
        countTable("col.agent", result.byAgent(), names, AGENTS_LISTED);
        html.append("</div>");
    }

    private void countTable(String firstColumn, Map<String, Map<String, Long>> counts, List<String> guardrails, int limit) {
        html.append("<table><tr><th>").append(e(messages.get(firstColumn))).append("</th>");
        guardrails.forEach(g -> html.append("<th class=\"n\">").append(e(messages.name("guardrail", g))).append("</th>"));
        html.append("</tr>");
        counts.entrySet().stream().limit(limit).forEach(row -> {
            html.append("<tr><td>").append(e(row.getKey())).append("</td>");
            guardrails.forEach(g -> html.append("<td class=\"n\">").append(row.getValue().getOrDefault(g, 0L)).append("</td>"));
            html.append("</tr>");
        });
        html.append("</table>\n");
    }

    private void rules(BacktestResult result) {
        if (result.rules().isEmpty()) {
            return;
        }
        html.append("<h2 id=\"rules\">").append(e(messages.get("section.rules"))).append("</h2><table><tr><th>")
                .append(e(messages.get("col.guardrail"))).append("</th><th>").append(e(messages.get("col.rule")))
                .append("</th><th class=\"n\">").append(e(messages.get("col.hits"))).append("</th></tr>");
        result.rules().stream().limit(RULES_LISTED).forEach(r -> html.append("<tr><td>")
                .append(e(messages.name("guardrail", r.guardrail()))).append("</td><td><code>").append(e(r.rule()))
                .append("</code></td><td class=\"n\">").append(r.hits()).append("</td></tr>"));
        html.append("</table>\n");
    }

    private void comparison(Backtest.Report report) {
        Comparison comparison = report.comparison();
        html.append("<h2 id=\"comparison\">").append(e(messages.get("section.compare", comparison.candidate())))
                .append("</h2><p>").append(e(comparison.baseline())).append(" \u2192 ").append(e(comparison.candidate()))
                .append("</p><table><tr><th>").append(e(messages.get("col.guardrail"))).append("</th><th class=\"n\">")
                .append(e(messages.get("col.hits"))).append(" (1)</th><th class=\"n\">").append(e(messages.get("col.hits")))
                .append(" (2)</th><th>").append(e(messages.get("col.actions"))).append(" (2)</th><th class=\"n\">")
                .append(e(messages.get("col.added"))).append("</th><th class=\"n\">")
                .append(e(messages.get("col.removed"))).append("</th></tr>");
        for (Comparison.Change change : comparison.changes()) {
            html.append("<tr><td>").append(e(messages.name("guardrail", change.guardrail()))).append("</td><td class=\"n\">")
                    .append(report.result().hits(change.guardrail())).append("</td><td class=\"n\">")
                    .append(report.candidate().hits(change.guardrail())).append("</td><td>")
                    .append(e(messages.actions(actionsOf(report.candidate(), change.guardrail()))))
                    .append("</td><td class=\"n added\">+")
                    .append(change.added()).append("</td><td class=\"n removed\">\u2212").append(change.removed()).append("</td></tr>");
        }
        html.append("</table>");
        for (Comparison.Example example : comparison.examples()) {
            example(example.hit(), example.added() ? "added" : "removed",
                    example.added() ? messages.get("col.added") : messages.get("col.removed"));
        }
        html.append('\n');
    }

    static Map<String, Long> actionsOf(BacktestResult result, String guardrail) {
        return result.guardrails().stream().filter(g -> g.name().equals(guardrail)).findFirst()
                .map(BacktestResult.GuardrailTotal::byAction).orElse(Map.of());
    }

    private void examples(List<Hit> examples) {
        if (examples.isEmpty()) {
            return;
        }
        html.append("<h2 id=\"examples\">").append(e(messages.get("section.examples"))).append("</h2>");
        examples.forEach(hit -> example(hit, "", ""));
        html.append('\n');
    }

    private void example(Hit hit, String cssClass, String change) {
        html.append("<div class=\"example ").append(cssClass).append("\"><div class=\"meta\">");
        if (!change.isEmpty()) {
            html.append("<b>").append(e(change)).append("</b> \u00b7 ");
        }
        html.append(e(messages.name("guardrail", hit.guardrail()))).append(" \u00b7 <code>").append(e(hit.rule()))
                .append("</code> \u00b7 ").append(e(messages.name("action", hit.action()))).append(" \u00b7 ")
                .append(e(messages.get("example.where", hit.ticket(), hit.comment(), hit.agent().isEmpty() ? "\u2014" : hit.agent())));
        if (!hit.language().isEmpty()) {
            html.append(" \u00b7 ").append(e(hit.language()));
        }
        if (!hit.detail().isEmpty()) {
            html.append("<br>").append(e(hit.detail()));
        }
        html.append("</div><pre>").append(Html.highlight(hit.text(), hit.spans())).append("</pre></div>");
    }

    private void problems(BacktestResult result) {
        BacktestResult.Totals t = result.totals();
        if (t.skippedTotal() == 0) {
            return;
        }
        html.append("<h2 id=\"problems\">").append(e(messages.get("section.problems"))).append("</h2><p>")
                .append(e(messages.get("totals.skipped", t.skippedTotal()))).append(' ')
                .append(e(t.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(r -> r.getValue() + " " + messages.name("reason", r.getKey().name()))
                        .collect(Collectors.joining(", "))))
                .append("</p><table><tr><th>").append(e(messages.get("col.where"))).append("</th><th>")
                .append(e(messages.get("col.reason"))).append("</th></tr>");
        for (InputProblem problem : result.problems()) {
            html.append("<tr><td><code>").append(e(problem.where())).append("</code></td><td>")
                    .append(e(problem.message())).append("</td></tr>");
        }
        html.append("</table>");
        if (t.skippedTotal() > result.problems().size()) {
            html.append("<p>").append(e(messages.get("problems.more", t.skippedTotal() - result.problems().size()))).append("</p>");
        }
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
