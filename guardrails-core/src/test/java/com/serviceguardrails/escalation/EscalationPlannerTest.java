package com.serviceguardrails.escalation;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.escalation.EscalationAction.AddInternalNote;
import com.serviceguardrails.escalation.EscalationAction.AddLabel;
import com.serviceguardrails.escalation.EscalationAction.AddWatchers;
import com.serviceguardrails.escalation.EscalationAction.AssigneeKind;
import com.serviceguardrails.escalation.EscalationAction.NotifyLeadForCoaching;
import com.serviceguardrails.escalation.EscalationAction.NotifyWebhook;
import com.serviceguardrails.escalation.EscalationAction.RaisePriority;
import com.serviceguardrails.escalation.EscalationAction.Reassign;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class EscalationPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    private static final String CONFIG = """
            {"version": 1, "escalation": {
              "priorities": ["Low", "Medium", "High", "Highest"],
              "repeatWindowDays": 30,
              "webhooks": {"security": "https://hooks.example.org/abuse"},
              "rules": [
                {"name": "abuse", "when": {"author": "customer", "minSeverity": "medium", "targets": ["individual"]},
                 "then": {"raisePriority": "High", "addWatchers": ["lead"], "addLabels": ["abusive"],
                          "noteTemplate": "note.abuse", "webhooks": ["security"]}},
                {"name": "threat", "when": {"author": "customer", "minSeverity": "high", "categories": ["threat"]},
                 "then": {"raisePriority": "Highest", "reassignTo": {"role": "Team Leads"}, "addWatchers": ["lead", "security-officer"],
                          "noteTemplate": "note.threat"}},
                {"name": "repeat", "when": {"author": "customer", "minEarlierOffences": 2},
                 "then": {"raisePriority": "Highest", "reassignTo": {"user": "kim"}, "addLabels": ["repeat-abuse"]}},
                {"name": "coaching", "when": {"author": "agent"}, "then": {"notifyLeadForCoaching": true}}
              ]}}
            """;

    private final EscalationPlanner planner = new EscalationPlanner(config());

    @Test
    public void anInsultRaisesPriorityAddsWatcherLabelNoteAndWebhookInThatOrder() {
        EscalationPlan plan = planner.plan(customerComment("c1", insult(Severity.MEDIUM), ticket("Low"), List.of(), List.of()));
        assertEquals(List.of("abuse"), plan.rules());
        List<EscalationAction> actions = plan.actions();
        assertEquals(new RaisePriority("High"), actions.get(0));
        assertEquals(new AddWatchers(List.of("lead")), actions.get(1));
        assertEquals(new AddLabel("abusive"), actions.get(2));
        AddInternalNote note = (AddInternalNote) actions.get(3);
        assertEquals("note.abuse", note.templateKey());
        assertEquals("medium", note.params().get("severity"));
        assertEquals("insult", note.params().get("categories"));
        assertEquals("SD-1", note.params().get("issue"));
        NotifyWebhook webhook = (NotifyWebhook) actions.get(4);
        assertEquals("https://hooks.example.org/abuse", webhook.url().toString());
        assertTrue("the webhook never carries who wrote it", !webhook.payload().containsKey("author"));
        assertEquals(5, actions.size());
    }

    @Test
    public void swearingAtASituationAndCleanCommentsNeverEscalate() {
        AbuseVerdict swearing = new AbuseVerdict(true, false, Target.NONE, Severity.LOW, Language.EN,
                Set.of(Category.PROFANITY), List.of());
        assertTrue(planner.plan(customerComment("c1", swearing, ticket("Low"), List.of(), List.of())).isEmpty());
        assertTrue(planner.plan(customerComment("c2", AbuseVerdict.clean(Language.EN), ticket("Low"), List.of(), List.of())).isEmpty());
    }

    @Test
    public void onlyEnforceCarriesPlansOutAndOffPlansNothing() {
        EscalationConfig advise = config();
        assertTrue(!advise.executesPlans());
        EscalationConfig off = new EscalationConfig(com.serviceguardrails.config.Mode.OFF, advise.priorities(),
                advise.repeatWindowDays(), advise.webhooks(), advise.rules());
        assertTrue(new EscalationPlanner(off).plan(customerComment("c1", threat(), ticket("Low"), List.of(), List.of())).isEmpty());
        EscalationConfig enforce = new EscalationConfig(com.serviceguardrails.config.Mode.ENFORCE, advise.priorities(),
                advise.repeatWindowDays(), advise.webhooks(), advise.rules());
        assertTrue(enforce.executesPlans());
    }

    @Test
    public void theSameSituationAlwaysGivesTheSamePlan() {
        Situation situation = customerComment("c1", threat(), ticket("Low"), List.of(), List.of());
        assertEquals(planner.plan(situation), planner.plan(situation));
    }

    @Test
    public void oneCommentNeverEscalatesTwice() {
        Situation first = customerComment("c1", threat(), ticket("Low"), List.of(), List.of());
        EscalationPlan plan = planner.plan(first);
        assertTrue(!plan.isEmpty());
        Situation replay = customerComment("c1", threat(), ticket("Highest"), List.of(plan), List.of());
        assertTrue(planner.plan(replay).isEmpty());
    }

    @Test
    public void aSecondAbusiveCommentOnlyAddsWhatIsNew() {
        EscalationPlan first = planner.plan(customerComment("c1", insult(Severity.MEDIUM), ticket("Low"), List.of(), List.of()));
        TicketState afterFirst = new TicketState(Optional.of("High"), Optional.of("amy"), Set.of("abusive"), Set.of("lead"));
        EscalationPlan second = planner.plan(customerComment("c2", threat(), afterFirst, List.of(first), List.of(NOW.minusSeconds(600))));
        assertEquals(List.of("abuse", "threat"), second.rules());
        assertEquals(List.of(
                new RaisePriority("Highest"),
                new Reassign(AssigneeKind.ROLE, "Team Leads"),
                new AddWatchers(List.of("security-officer"))), second.actions().subList(0, 3));
        assertEquals("only the threat note is new; the abuse note and the webhook were done", 4, second.actions().size());
        assertEquals("note.threat", ((AddInternalNote) second.actions().get(3)).templateKey());
    }

    @Test
    public void aTicketAlreadyAtThePriorityIsNotRaisedAndNeverLowered() {
        EscalationPlan plan = planner.plan(customerComment("c1", insult(Severity.MEDIUM), ticket("Highest"), List.of(), List.of()));
        assertTrue(plan.actions().stream().noneMatch(a -> a instanceof RaisePriority));
    }

    @Test
    public void aRepeatOffenderWithinTheWindowEscalatesFurther() {
        List<Instant> twoRecent = List.of(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(20)));
        EscalationPlan repeat = planner.plan(customerComment("c9", insult(Severity.LOW), ticket("Low"), List.of(), twoRecent));
        assertEquals(List.of("repeat"), repeat.rules());
        assertEquals(List.of(new RaisePriority("Highest"), new Reassign(AssigneeKind.USER, "kim"), new AddLabel("repeat-abuse")),
                repeat.actions());
        List<Instant> oneTooOld = List.of(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(31)));
        assertTrue(planner.plan(customerComment("c9", insult(Severity.LOW), ticket("Low"), List.of(), oneTooOld)).isEmpty());
    }

    @Test
    public void anAgentWhoBelittlesACustomerIsReportedToTheirLeadForCoachingOncePerTicket() {
        AbuseVerdict belittling = new AbuseVerdict(true, true, Target.INDIVIDUAL, Severity.MEDIUM, Language.EN,
                Set.of(Category.BELITTLING), List.of());
        Situation reply = new Situation("SD-1", "c5", AuthorRole.AGENT, "amy", belittling, ticket("Low"), List.of(), List.of(), NOW);
        EscalationPlan plan = planner.plan(reply);
        assertEquals(List.of(new NotifyLeadForCoaching("amy", EscalationPlanner.COACHING_TEMPLATE,
                ((NotifyLeadForCoaching) plan.actions().get(0)).params())), plan.actions());
        assertEquals("amy", ((NotifyLeadForCoaching) plan.actions().get(0)).params().get("author"));
        Situation again = new Situation("SD-1", "c6", AuthorRole.AGENT, "amy", belittling, ticket("Low"), List.of(plan), List.of(), NOW);
        assertTrue(planner.plan(again).isEmpty());
    }

    @Test
    public void applyingAPlanTwiceLeavesTheTicketAsApplyingItOnce() {
        Situation situation = customerComment("c1", threat(), ticket("Low"), List.of(), List.of());
        EscalationPlan plan = planner.plan(situation);
        TicketState once = situation.ticket().after(plan);
        assertEquals(Optional.of("Highest"), once.priority());
        assertEquals(Optional.of("Team Leads"), once.assignee());
        assertEquals(once, once.after(plan));
    }

    @Test
    public void aPlanSurvivesItsJsonFormSoThePluginCanKeepHistory() {
        TicketState afterFirst = new TicketState(Optional.of("High"), Optional.of("amy"), Set.of(), Set.of());
        EscalationPlan plan = planner.plan(customerComment("c2", threat(), afterFirst, List.of(), List.of()));
        EscalationPlan coaching = planner.plan(new Situation("SD-1", "c3", AuthorRole.AGENT, "amy", insult(Severity.LOW),
                ticket("Low"), List.of(), List.of(), NOW));
        for (EscalationPlan p : List.of(plan, coaching, EscalationPlan.none("SD-1", "c4"))) {
            assertEquals(p, EscalationPlanJson.read(EscalationPlanJson.write(p)));
        }
        Set<EscalationAction.Kind> kinds = java.util.EnumSet.noneOf(EscalationAction.Kind.class);
        plan.actions().forEach(a -> kinds.add(a.kind()));
        coaching.actions().forEach(a -> kinds.add(a.kind()));
        assertEquals("every kind of action went through JSON", java.util.EnumSet.allOf(EscalationAction.Kind.class), kinds);
    }

    @Test
    public void aCorruptStoredPlanIsAClearError() {
        try {
            EscalationPlanJson.read("{\"issue\":\"SD-1\",\"comment\":\"c1\",\"actions\":[{\"type\":\"launch_rocket\"}]}");
            org.junit.Assert.fail("unknown action must be refused");
        } catch (IllegalArgumentException e) {
            assertEquals("actions[0].type: unknown action \"launch_rocket\"", e.getMessage());
        }
    }

    private static Situation customerComment(String commentId, AbuseVerdict verdict, TicketState ticket,
                                             List<EscalationPlan> earlier, List<Instant> earlierOffences) {
        return new Situation("SD-1", commentId, AuthorRole.CUSTOMER, "carl", verdict, ticket, earlier, earlierOffences, NOW);
    }

    private static AbuseVerdict insult(Severity severity) {
        return new AbuseVerdict(true, true, Target.INDIVIDUAL, severity, Language.EN, Set.of(Category.INSULT), List.of());
    }

    private static AbuseVerdict threat() {
        return new AbuseVerdict(true, true, Target.INDIVIDUAL, Severity.CRITICAL, Language.EN,
                Set.of(Category.THREAT, Category.INSULT), List.of());
    }

    private static TicketState ticket(String priority) {
        return new TicketState(Optional.of(priority), Optional.of("amy"), Set.of(), Set.of());
    }

    private static EscalationConfig config() {
        try {
            return ConfigCodec.parse(CONFIG).escalation();
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }
}
