package com.serviceguardrails.cli;

import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.escalation.EscalationPlan;
import com.serviceguardrails.escalation.EscalationPlanJson;
import com.serviceguardrails.escalation.EscalationPlanner;
import com.serviceguardrails.escalation.Situation;
import com.serviceguardrails.escalation.TicketState;
import com.serviceguardrails.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code guardrails escalate}: reads comments one per line (the shared line protocol) as successive comments by one
 * author on one ticket, judges each for abuse and prints the escalation plan for it as one JSON line. The ticket
 * carries what earlier plans did, so a repeated insult only adds what is new and repeat offences count.
 */
@Command(name = "escalate", mixinStandardHelpOptions = true,
        description = "Print the escalation plan (JSON, one line) for each comment line of standard input, as one ticket's thread.")
final class EscalateCommand implements Callable<Integer> {

    enum AuthorOption { customer, agent }

    @Mixin
    ConfigOption config;

    @Option(names = "--author", defaultValue = "customer", description = "Who wrote the comments: ${COMPLETION-CANDIDATES} (default: customer).")
    AuthorOption author;

    @Option(names = "--priority", description = "The ticket's priority before the first comment (default: the lowest configured).")
    String priority;

    @Option(names = "--issue", defaultValue = "SD-1", description = "Issue key shown in the plans (default: SD-1).")
    String issue;

    @Option(names = "--lang", description = "Language of the comments: en, de, fr or es (default: detected).")
    String lang;

    @Override
    public Integer call() throws IOException {
        GuardrailsConfig settings = config.load(System.err).orElse(null);
        if (settings == null) {
            return 1;
        }
        Language language = null;
        if (lang != null) {
            language = Language.fromCode(lang).orElse(null);
            if (language == null) {
                System.err.println("error: --lang must be en, de, fr or es, found \"" + lang + "\"");
                return 2;
            }
        }
        AbuseDetector detector = AbuseDetector.create(settings.abuse());
        EscalationPlanner planner = new EscalationPlanner(settings.escalation());
        AuthorRole role = AuthorRole.valueOf(author.name().toUpperCase(Locale.ROOT));
        TicketThread thread = new TicketThread(settings.escalation().priorities(), priority);
        Language fixed = language;
        LineStream.map(System.in, System.out, message -> EscalationPlanJson.write(
                thread.next(planner, role, detector.scan(message, role, fixed))));
        return 0;
    }

    /** The ticket as the comments go by: its state, the plans so far, the author's offences. */
    private final class TicketThread {
        private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
        private TicketState ticket;
        private final List<EscalationPlan> plans = new ArrayList<>();
        private final List<Instant> offences = new ArrayList<>();
        private int comments;

        TicketThread(List<String> priorities, String initialPriority) {
            String first = initialPriority != null ? initialPriority : priorities.isEmpty() ? null : priorities.get(0);
            ticket = new TicketState(Optional.ofNullable(first), Optional.empty(), Set.of(), Set.of());
        }

        EscalationPlan next(EscalationPlanner planner, AuthorRole role, AbuseVerdict verdict) {
            comments++;
            Instant at = start.plus(Duration.ofMinutes(comments));
            Situation situation = new Situation(issue, "c" + comments, role, role.name().toLowerCase(Locale.ROOT), verdict, ticket, plans, offences, at);
            EscalationPlan plan = planner.plan(situation);
            if (verdict.abusive()) {
                offences.add(at);
            }
            if (!plan.isEmpty()) {
                plans.add(plan);
                ticket = ticket.after(plan);
            }
            return plan;
        }
    }
}
