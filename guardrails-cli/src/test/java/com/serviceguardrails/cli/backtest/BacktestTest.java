package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.serviceguardrails.cli.backtest.ExportFixtures.comment;
import static com.serviceguardrails.cli.backtest.ExportFixtures.issue;
import static com.serviceguardrails.cli.backtest.ExportFixtures.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class BacktestTest {

    /** A stand-in engine: flags agent replies containing a word, the way an adapter reports an engine's verdict. */
    static Guardrail flagging(String name, Mode mode, String word) {
        return new Guardrail() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Mode mode() {
                return mode;
            }

            @Override
            public void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Guardrail.Sink hits) {
                for (ExportComment c : ticket.comments()) {
                    int at = c.body().indexOf(word);
                    if (authorship.of(ticket, c) == Authorship.Role.AGENT_REPLY && at >= 0) {
                        hits.hit(new Hit(name, "word:" + word, mode == Mode.ENFORCE ? "blocked" : "advised",
                                ticket.key(), c.id(), c.author().label(), c.created(), "en", c.body(),
                                List.of(new Hit.Span(at, at + word.length())), ""));
                    }
                }
            }
        };
    }

    private static final String EXPORT = page(0, 3,
            issue("HELP-1", "maria", "tom", "",
                    comment("10", "maria", "\"Where is my order?\"", null),
                    comment("11", "tom", "\"Sorry, but that is our policy.\"", null),
                    comment("12", "tom", "\"Our policy is clear, see note.\"", true),
                    comment("13", "tom", "\"As per policy we cannot.\"", null)),
            issue("HELP-2", "li", "ana", "",
                    comment("20", "ana", "\"Sorry for the wait, your refund is on its way.\"", null)),
            issue("HELP-3", "jo", "tom", "",
                    comment("30", "tom", "\"Policy says no. Sorry.\"", null)));

    private static Backtest.Report run(GuardrailSet baseline, GuardrailSet candidate) throws Exception {
        Backtest backtest = new Backtest(new Authorship(Set.of()), baseline, candidate);
        new ExportReader(Set.of()).read(new ByteArrayInputStream(EXPORT.getBytes(StandardCharsets.UTF_8)), "e.json", backtest);
        return backtest.report();
    }

    @Test
    public void countsHitsPerGuardrailTicketAgentWeekAndRule() throws Exception {
        BacktestResult result = run(new GuardrailSet("base", List.of(flagging("opening", Mode.ENFORCE, "policy")), Set.of()), null).result();
        assertEquals(3, result.totals().tickets());
        assertEquals(6, result.totals().comments());
        assertEquals(1, result.totals().customerComments());
        assertEquals(4, result.totals().agentReplies());
        assertEquals(1, result.totals().internalNotes());
        BacktestResult.GuardrailTotal opening = result.guardrails().get(0);
        // the internal note mentions policy too, but internal notes are not replies; "Policy" with a capital P is not the word
        assertEquals(2, opening.hits());
        assertEquals(1, opening.tickets());
        assertEquals(Map.of("blocked", 2L), opening.byAction());
        assertEquals(Map.of("opening", 2L), result.byAgent().get("TOM"));
        assertEquals(Map.of("opening", 2L), result.byWeek().get("2026-W10"));
        assertEquals(new BacktestResult.RuleTotal("opening", "word:policy", 2), result.rules().get(0));
        assertEquals(2, result.examples().size());
        assertEquals("11", result.examples().get(0).comment());
    }

    @Test
    public void aGuardrailThatIsOffDoesNotRunButIsListed() throws Exception {
        BacktestResult result = run(new GuardrailSet("base", List.of(flagging("opening", Mode.OFF, "policy")), Set.of()), null).result();
        assertEquals("off", result.guardrails().get(0).mode());
        assertEquals(0, result.guardrails().get(0).hits());
    }

    @Test
    public void aFailingGuardrailIsReportedAndTheOthersStillCount() throws Exception {
        Guardrail broken = new Guardrail() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Mode mode() {
                return Mode.ADVISE;
            }

            @Override
            public void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Guardrail.Sink hits) {
                hits.hit(new Hit("broken", "r", "advised", ticket.key(), "", "", null, "", "", List.of(), ""));
                throw new IllegalStateException("boom");
            }
        };
        BacktestResult result = run(new GuardrailSet("base", List.of(broken, flagging("opening", Mode.ADVISE, "policy")), Set.of()), null).result();
        assertEquals(0, result.hits("broken"));
        assertEquals(2, result.hits("opening"));
        assertEquals(3L, (long) result.totals().skipped().get(InputProblem.Reason.GUARDRAIL_FAILED));
        assertTrue(result.problems().get(0).message().contains("boom"));
    }

    @Test
    public void comparingTwoConfigurationsShowsWhatEachFlagsThatTheOtherDoesNot() throws Exception {
        Backtest.Report report = run(
                new GuardrailSet("strict.json", List.of(flagging("opening", Mode.ENFORCE, "policy")), Set.of()),
                new GuardrailSet("lenient.json", List.of(flagging("opening", Mode.ENFORCE, "Sorry")), Set.of()));
        Comparison comparison = report.comparison();
        assertEquals("strict.json", comparison.baseline());
        // "Sorry" hits 11, 20 and 30; "policy" hits 11 and 13: 20 and 30 are new, 13 is gone, 11 is in both
        assertEquals(List.of(new Comparison.Change("opening", 2, 1)), comparison.changes());
        assertEquals(3, comparison.examples().size());
        assertEquals(3, report.candidate().hits("opening"));
        assertEquals(2, report.result().hits("opening"));
    }

    @Test
    public void longExamplesAreCroppedAroundTheTriggerWithSpansShifted() {
        String text = "x".repeat(2000) + "idiot" + "y".repeat(2000);
        Hit hit = new Hit("abuse-customer", "en:idiot", "escalated", "HELP-1", "1", "", null, "en", text,
                List.of(new Hit.Span(2000, 2005)), "");
        Hit cropped = Tally.cropped(hit);
        assertTrue(cropped.text().length() <= Tally.EXAMPLE_LENGTH + 2);
        Hit.Span span = cropped.spans().get(0);
        assertEquals("idiot", cropped.text().substring(span.start(), span.end()));
    }

    @Test
    public void weeksAreIsoWeeksInUtc() {
        assertEquals("2026-W01", Tally.week(Instant.parse("2025-12-29T00:00:00Z")));
        assertEquals("unknown", Tally.week(null));
    }
}
