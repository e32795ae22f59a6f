package com.serviceguardrails.cli.backtest;

import java.util.Set;

/**
 * Who wrote a comment, decided from what an export carries (decision 15 in {@code docs/decisions.md}):
 * <ol>
 *   <li>an internal note (JSM's {@code sd.public.comment} says internal) is an agent's, and never a reply;</li>
 *   <li>with a list of agent accounts, its members are agents and everyone else is a customer;</li>
 *   <li>without one, the reporter is the customer and anyone else writing publicly is an agent.</li>
 * </ol>
 */
public final class Authorship {

    /** The three kinds of comment the guardrails treat differently. */
    public enum Role {
        /** Checked for abuse; abuse escalates the ticket. */
        CUSTOMER,
        /** A public agent reply: checked for its opening and for belittling. */
        AGENT_REPLY,
        /** Seen only by agents: no guardrail applies. */
        INTERNAL_NOTE
    }

    private final Set<String> agents;

    /** @param agents account ids (user key, name or account id, as the export has them) of agents; may be empty */
    public Authorship(Set<String> agents) {
        this.agents = Set.copyOf(agents);
    }

    public Role of(ExportTicket ticket, ExportComment comment) {
        if (comment.visibility() == ExportComment.Visibility.INTERNAL) {
            return Role.INTERNAL_NOTE;
        }
        if (!agents.isEmpty()) {
            return agents.contains(comment.author().id()) ? Role.AGENT_REPLY : Role.CUSTOMER;
        }
        Person author = comment.author();
        boolean customer = author.isNobody() || author.id().equals(ticket.reporter().id());
        return customer ? Role.CUSTOMER : Role.AGENT_REPLY;
    }
}
