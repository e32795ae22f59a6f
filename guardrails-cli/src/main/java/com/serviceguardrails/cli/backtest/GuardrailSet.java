package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guardrails one configuration runs in a backtest, each an adapter over a core engine built from that
 * configuration, plus the custom fields they read from issues.
 */
public record GuardrailSet(String name, List<Guardrail> guardrails, Set<String> customFields) {

    /**
     * What the export cannot tell: the roles agents hold (for refund limits; anyone not listed holds the least
     * generous configured role) and the language of explanations.
     */
    public record Context(Map<String, Set<String>> rolesByAgent, Language language) {
        public Context {
            rolesByAgent = Map.copyOf(rolesByAgent);
        }
    }

    public GuardrailSet {
        guardrails = List.copyOf(guardrails);
        customFields = Set.copyOf(customFields);
    }

    /** Every guardrail of {@code config}, as the app would run them. */
    public static GuardrailSet of(String name, GuardrailsConfig config, Context context) {
        List<Guardrail> guardrails = new ArrayList<>();
        Set<String> fields = new TreeSet<>();
        OpeningCheck opening = new OpeningCheck(config.opening());
        guardrails.add(new OpeningGuardrail(opening, context.language()));
        AbuseDetector detector = AbuseDetector.create(config.abuse());
        AbuseScan scan = (text, author) -> detector.scan(text, author, null);
        Mode abuseMode = config.abuse().mode();
        guardrails.add(new EscalationGuardrail(config.escalation(),
                abuseMode.isActive() ? config.escalation().mode() : Mode.OFF, scan));
        guardrails.add(new AgentAbuseGuardrail(abuseMode, scan));
        RefundGuardrail refunds = new RefundGuardrail(config.empowerment(), context.rolesByAgent(), context.language());
        guardrails.add(refunds);
        fields.addAll(refunds.customFields());
        return new GuardrailSet(name, guardrails, fields);
    }
}
