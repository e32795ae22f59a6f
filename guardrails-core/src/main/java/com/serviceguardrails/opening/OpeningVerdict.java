package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.Span;

import java.util.Objects;

/**
 * The apology-first check's answer for one reply.
 *
 * @param compliant       true when the reply opens with an apology or an acknowledgement
 * @param kind            how it opens
 * @param language        the language it was judged in
 * @param span            the text judged (the first sentence after greeting, name and courtesy), in the reply's indices
 * @param evidence        the words that decided the kind (inside {@code span}); empty for {@link OpeningKind#NONE}
 * @param reasonCode      why, as a code; {@link #reason()} and {@link #reason(Language)} word it
 * @param quote           the words quoted in the reason
 * @param suggestedOpener an apology macro for this reply's language and situation, filled in
 */
public record OpeningVerdict(
        boolean compliant,
        OpeningKind kind,
        Language language,
        Span span,
        Span evidence,
        OpeningReason reasonCode,
        String quote,
        SuggestedOpener suggestedOpener) {

    public OpeningVerdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reasonCode, "reasonCode");
        quote = quote == null ? "" : quote;
    }

    /** The reason in English, as logged and printed by the CLI. */
    public String reason() {
        return reasonCode.describe(Language.EN, quote);
    }

    /** The reason in the agent's language, for the UI. */
    public String reason(Language uiLanguage) {
        return reasonCode.describe(uiLanguage, quote);
    }
}
