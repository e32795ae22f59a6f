package com.serviceguardrails.guidance;

import com.serviceguardrails.config.GuardrailsConfig;

/**
 * Who sees the agent guidance panel on a ticket. The plugin's web condition only gathers the facts from Jira
 * Service Management; the rule lives here.
 */
public final class PanelAudience {
    private PanelAudience() {
    }

    /**
     * The panel shows on a service desk ticket to a viewer who works tickets (an agent) and is not this ticket's
     * customer (an agent who raised a request for themselves reads it as a customer), while at least one guardrail
     * is on (with every guardrail off the panel would have nothing to say).
     *
     * @param serviceDeskTicket the ticket belongs to a service desk project
     * @param agent             the viewer works tickets (JSM agent)
     * @param viewerIsReporter  the viewer is the ticket's reporter, i.e. its customer
     */
    public static boolean seesGuidance(GuardrailsConfig config, boolean serviceDeskTicket, boolean agent,
                                       boolean viewerIsReporter) {
        boolean anyGuardrailOn = config.opening().mode().isActive() || config.abuse().mode().isActive()
                || config.empowerment().mode().isActive() || config.escalation().mode().isActive();
        return serviceDeskTicket && agent && !viewerIsReporter && anyGuardrailOn;
    }
}
