package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what the agent guidance panel shows for a ticket. Each part stands alone: if the opener, the abuse check
 * or the escalation history fails, that part is left out and the rest of the panel still renders.
 */
public final class GuidancePanelBuilder {

    /** Only the most recent customer comments are checked for abuse, so a long ticket stays cheap to show. */
    static final int MAX_COMMENTS_CHECKED = 50;

    private final OpenerSuggester opener;
    private final AbuseVerdicts verdicts;
    private final EscalationHistory escalations;

    public GuidancePanelBuilder(OpenerSuggester opener, AbuseVerdicts verdicts, EscalationHistory escalations) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        this.escalations = Objects.requireNonNull(escalations, "escalations");
    }

    /**
     * @param thread    the ticket's comments, oldest first
     * @param fallback  the language to assume when the customer's text does not tell (e.g. the reporter's locale)
     * @param viewerIsLead whether the viewer may report a false positive
     * @param authority the viewer's limits, already worked out by the empowerment policy
     */
    public GuidancePanel build(GuardrailsConfig config, List<ThreadMessage> thread, Language fallback,
                               boolean viewerIsLead, List<AuthorityLine> authority) {
        Language language = customerLanguage(thread, fallback);
        String suggested = config.opening().mode().isActive() ? safeOpener(language, thread) : null;
        List<Question> questions = QuestionFinder.standard().openQuestions(thread, language);
        List<AbuseNotice> abuse = config.abuse().mode().isActive() ? abuseNotices(thread) : List.of();
        List<AuthorityLine> lines = config.empowerment().mode().isActive() ? authority : List.of();
        return new GuidancePanel(language.code(), suggested, questions, lines, abuse, viewerIsLead && !abuse.isEmpty());
    }

    /** The language of the customer's words, judged on their latest comments. */
    static Language customerLanguage(List<ThreadMessage> thread, Language fallback) {
        StringBuilder customerText = new StringBuilder();
        for (int i = thread.size() - 1; i >= 0 && customerText.length() < 4000; i--) {
            if (thread.get(i).byCustomer()) {
                customerText.append(thread.get(i).text()).append('\n');
            }
        }
        return LanguageDetector.standard().detect(customerText, fallback);
    }

    private String safeOpener(Language language, List<ThreadMessage> thread) {
        try {
            return opener.openerFor(language, thread);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<AbuseNotice> abuseNotices(List<ThreadMessage> thread) {
        List<ThreadMessage> customerComments = new ArrayList<>();
        for (ThreadMessage message : thread) {
            if (message.byCustomer()) {
                customerComments.add(message);
            }
        }
        int from = Math.max(0, customerComments.size() - MAX_COMMENTS_CHECKED);
        List<AbuseNotice> out = new ArrayList<>();
        for (ThreadMessage comment : customerComments.subList(from, customerComments.size())) {
            AbuseVerdict verdict;
            try {
                verdict = verdicts.verdictFor(comment);
            } catch (RuntimeException e) {
                continue;
            }
            if (verdict != null && verdict.abusive()) {
                Set<String> rules = new LinkedHashSet<>();
                for (Finding finding : verdict.findings()) {
                    rules.add(finding.rule());
                }
                out.add(new AbuseNotice(comment.id(), Highlighter.segments(comment.text(), verdict.findings()),
                        List.copyOf(rules), verdict.severity().name().toLowerCase(Locale.ROOT), escalationOf(comment),
                        AllowListSuggestion.from(comment.text(), verdict.findings())));
            }
        }
        return out;
    }

    private EscalationOutcome escalationOf(ThreadMessage comment) {
        try {
            return escalations.forComment(comment.id()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
