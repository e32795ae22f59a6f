package com.serviceguardrails.guidance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agent's week: public replies checked and how many opened compliantly, escalations raised on their tickets,
 * refunds approved and how many of those were above the agent's own limit. {@code week} is the Monday it starts.
 */
public record ComplianceRow(String agent, LocalDate week, int publicReplies, int compliantReplies, int escalations,
                            int refundsApproved, int refundsAboveLimit) {

    public ComplianceRow {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(week, "week");
    }

    /** Share of public replies that opened compliantly, in whole percent; {@code -1} when there were none. */
    public int compliantPercent() {
        return publicReplies == 0 ? -1 : (int) Math.round(100.0 * compliantReplies / publicReplies);
    }
}
