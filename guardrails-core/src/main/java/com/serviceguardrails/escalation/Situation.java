package com.serviceguardrails.escalation;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the planner needs about a new comment: the comment and its verdict, the ticket now, what earlier
 * escalations of this ticket did, and when the same author offended before (on any ticket, as the plugin's
 * store knows it).
 *
 * @param earlierEscalations     plans already executed on this ticket, oldest first
 * @param earlierOffencesByAuthor times of the author's earlier abusive comments
 */
public record Situation(
        String issueKey,
        String commentId,
        AuthorRole author,
        String authorName,
        AbuseVerdict verdict,
        TicketState ticket,
        List<EscalationPlan> earlierEscalations,
        List<Instant> earlierOffencesByAuthor,
        Instant at) {

    public Situation {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ticket, "ticket");
        earlierEscalations = List.copyOf(earlierEscalations);
        earlierOffencesByAuthor = List.copyOf(earlierOffencesByAuthor);
        Objects.requireNonNull(at, "at");
    }
}
