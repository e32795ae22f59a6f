package com.serviceguardrails.escalation;

import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.InRange;
import com.pholser.junit.quickcheck.generator.Size;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Over any thread of customer comments, with the bundled rules: escalation only ever adds, and never repeats. */
@RunWith(JUnitQuickcheck.class)
public class EscalationPropertiesTest {

    private static final EscalationConfig CONFIG = GuardrailsConfig.defaults().escalation();
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Property(trials = 100)
    public void aThreadOfCommentsOnlyEverAddsAndNeverRepeats(
            @Size(min = 1, max = 12) List<@InRange(minInt = 0, maxInt = 999) Integer> comments) {
        EscalationPlanner planner = new EscalationPlanner(CONFIG);
        TicketState ticket = new TicketState(Optional.of("Low"), Optional.of("amy"), Set.of(), Set.of());
        List<EscalationPlan> plans = new ArrayList<>();
        List<Instant> offences = new ArrayList<>();
        Set<String> notesAndLabels = new HashSet<>();
        for (int i = 0; i < comments.size(); i++) {
            AbuseVerdict verdict = verdict(comments.get(i));
            Instant at = START.plus(Duration.ofHours(i));
            Situation situation = new Situation("SD-1", "c" + i, AuthorRole.CUSTOMER, "carl", verdict, ticket, plans, offences, at);
            EscalationPlan plan = planner.plan(situation);
            assertEquals("planning is a function of the situation", plan, planner.plan(situation));
            TicketState after = ticket.after(plan);
            assertTrue("priority never goes down", CONFIG.priorityRank(after.priority().orElse(null))
                    >= CONFIG.priorityRank(ticket.priority().orElse(null)));
            assertTrue("labels and watchers are only added", after.labels().containsAll(ticket.labels())
                    && after.watchers().containsAll(ticket.watchers()));
            for (EscalationAction action : plan.actions()) {
                if (action instanceof EscalationAction.AddInternalNote note) {
                    assertTrue("note repeated: " + note, notesAndLabels.add("note:" + note.templateKey()));
                } else if (action instanceof EscalationAction.AddLabel label) {
                    assertTrue("label repeated: " + label, notesAndLabels.add("label:" + label.label()));
                }
            }
            if (!plan.isEmpty()) {
                plans.add(plan);
                ticket = after;
                Situation replay = new Situation("SD-1", "c" + i, AuthorRole.CUSTOMER, "carl", verdict, ticket, plans, offences, at);
                assertTrue("a comment never escalates twice", planner.plan(replay).isEmpty());
            }
            if (verdict.abusive()) {
                offences.add(at);
            }
            assertEquals("a plan changes nothing the second time", ticket, ticket.after(plan));
        }
    }

    /** A verdict from one number: severity, target and category spread over their ranges, sometimes clean. */
    private static AbuseVerdict verdict(int seed) {
        Severity severity = Severity.values()[seed % Severity.values().length];
        Target target = Target.values()[(seed / 5) % Target.values().length];
        Category category = Category.values()[(seed / 20) % Category.values().length];
        boolean abusive = severity != Severity.NONE && target != Target.NONE && category.isAbuse();
        return new AbuseVerdict(severity != Severity.NONE, abusive, target, severity, Language.EN, Set.of(category), List.of());
    }
}
