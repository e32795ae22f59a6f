package com.serviceguardrails.guidance;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.Authority;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.Ledger;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The guidance panel for one ticket and viewer, from the configuration in force and the real engines: opener and
 * abuse from {@link Judges} (verdicts cached per comment), escalations from the plugin's records, and "Your
 * authority" from the empowerment policy over the ledger. A part that fails is left out.
 */
public final class GuidancePanels {

    static final int VERDICT_CACHE_ENTRIES = 5_000;

    private final Supplier<GuardrailsConfig> config;
    private final Judges judges;
    private final AbuseVerdicts verdicts;
    private final EscalationHistory escalations;
    private final Ledger ledger;
    private final Clock clock;

    public GuidancePanels(Supplier<GuardrailsConfig> config, Judges judges, EscalationHistory escalations, Ledger ledger, Clock clock) {
        this.config = config;
        this.judges = judges;
        this.verdicts = judges.cachedCustomerAbuse(VERDICT_CACHE_ENTRIES);
        this.escalations = escalations;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param viewer      the agent's user key
     * @param viewerRoles the empowerment roles (Jira groups) the agent is in
     * @param names       customer and agent names and the issue key, for the opener's placeholders
     */
    public GuidancePanel build(String viewer, Set<String> viewerRoles, boolean viewerIsLead, MacroContext names,
                               List<ThreadMessage> thread, Language fallback) {
        GuardrailsConfig inForce = config.get();
        GuidancePanelBuilder builder = new GuidancePanelBuilder(judges.openerSuggester(names), verdicts, escalations);
        return builder.build(inForce, thread, fallback, viewerIsLead, authority(inForce, viewer, viewerRoles));
    }

    private List<AuthorityLine> authority(GuardrailsConfig inForce, String viewer, Set<String> roles) {
        try {
            List<AuthorityLine> lines = new ArrayList<>();
            for (Authority authority : new EmpowermentPolicy(inForce.empowerment(), ledger).authority(viewer, roles, clock.instant())) {
                lines.add(AuthorityLine.from(authority));
            }
            return lines;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
