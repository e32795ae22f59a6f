package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.opening.OpeningConfig;
import com.serviceguardrails.opening.OpeningVerdict;
import com.serviceguardrails.opening.ReplyToCheck;
import com.serviceguardrails.opening.SuggestedOpener;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The guidance ports backed by the real engines: {@link OpeningCheck} for openings and openers, {@link AbuseDetector}
 * for tone and customer abuse. Each engine is built once per configuration section and rebuilt only when the
 * configuration in force changes (compared by value), so a check costs no set-up.
 */
public final class Judges {

    private final Supplier<GuardrailsConfig> config;
    private final Built<OpeningConfig, OpeningCheck> opening = new Built<>(OpeningCheck::new);
    private final Built<AbuseConfig, AbuseDetector> abuse = new Built<>(AbuseDetector::create);

    public Judges(Supplier<GuardrailsConfig> config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public OpeningCheck openingCheck() {
        return opening.of(config.get().opening());
    }

    public AbuseDetector abuseDetector() {
        return abuse.of(config.get().abuse());
    }

    /** Judges a reply's opening; the reason is worded in the reply's language. */
    public OpeningJudge openingJudge() {
        return (reply, language) -> {
            OpeningVerdict verdict = openingCheck().check(ReplyToCheck.of(reply, language));
            SuggestedOpener opener = verdict.suggestedOpener();
            return new OpeningJudgement(verdict.compliant(), verdict.compliant() ? null : verdict.reasonCode().name().toLowerCase(Locale.ROOT),
                    verdict.compliant() ? null : verdict.reason(language), opener == null ? null : opener.text());
        };
    }

    /** Judges an agent's reply for belittling or insulting words. */
    public ToneJudge toneJudge() {
        return reply -> abuseDetector().scan(reply, AuthorRole.AGENT, null);
    }

    /** Judges a customer's comment for abuse aimed at people. */
    public AbuseVerdicts customerAbuse() {
        return comment -> abuseDetector().scan(comment.text(), AuthorRole.CUSTOMER, null);
    }

    /**
     * {@link #customerAbuse()} with a bounded cache of verdicts, so viewing a ticket again runs no detection; the
     * cache starts afresh whenever the detector is rebuilt for a new configuration.
     */
    public AbuseVerdicts cachedCustomerAbuse(int maxEntries) {
        AtomicReference<Object[]> current = new AtomicReference<>();
        return comment -> {
            AbuseDetector detector = abuseDetector();
            Object[] known = current.get();
            if (known == null || known[0] != detector) {
                known = new Object[] {detector, new CachingAbuseVerdicts(c -> detector.scan(c.text(), AuthorRole.CUSTOMER, null), maxEntries)};
                current.set(known);
            }
            return ((CachingAbuseVerdicts) known[1]).verdictFor(comment);
        };
    }

    /** The apology macro for the ticket, chosen from the customer's latest message. */
    public OpenerSuggester openerSuggester(MacroContext context) {
        return (language, thread) -> {
            String latest = latestCustomerText(thread);
            SuggestedOpener opener = openingCheck().suggestOpener(latest, language, context);
            return opener == null ? null : opener.text();
        };
    }

    static String latestCustomerText(List<ThreadMessage> thread) {
        for (int i = thread.size() - 1; i >= 0; i--) {
            if (thread.get(i).byCustomer()) {
                return thread.get(i).text();
            }
        }
        return "";
    }

    /** An engine built from a configuration section, rebuilt when the section changes. */
    private static final class Built<C, E> {
        private final Function<C, E> build;
        private final AtomicReference<Object[]> last = new AtomicReference<>();

        Built(Function<C, E> build) {
            this.build = build;
        }

        @SuppressWarnings("unchecked")
        E of(C section) {
            Object[] known = last.get();
            if (known != null && known[0].equals(section)) {
                return (E) known[1];
            }
            E engine = build.apply(section);
            last.set(new Object[] {section, engine});
            return engine;
        }
    }
}
