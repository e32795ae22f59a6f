package com.serviceguardrails.guidance;

import java.util.List;
import java.util.Objects;

/**
 * Everything the agent guidance panel shows for one ticket, ready to render: no decision is left to the
 * template. {@code language} is the customer's ({@code en}, {@code de}, ...); {@code suggestedOpener} is
 * {@code null} when the opening guardrail is off; {@code canReportFalsePositive} is true for leads.
 */
public record GuidancePanel(String language, String suggestedOpener, List<Question> questions,
                            List<AuthorityLine> authority, List<AbuseNotice> abuse, boolean canReportFalsePositive) {

    public GuidancePanel {
        Objects.requireNonNull(language, "language");
        questions = List.copyOf(questions);
        authority = List.copyOf(authority);
        abuse = List.copyOf(abuse);
    }

    public boolean hasOpener() {
        return suggestedOpener != null && !suggestedOpener.isBlank();
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }

    public boolean hasAuthority() {
        return !authority.isEmpty();
    }

    public boolean hasAbuse() {
        return !abuse.isEmpty();
    }
}
