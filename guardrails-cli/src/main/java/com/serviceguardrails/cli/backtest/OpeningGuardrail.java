package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.opening.OpeningVerdict;
import com.serviceguardrails.opening.ReplyToCheck;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.Span;

import java.util.List;
import java.util.Locale;

/**
 * The apology-first check in a backtest: every public agent reply goes through the core's {@link OpeningCheck};
 * a reply it finds non-compliant is a hit (blocked under {@code enforce}, advised under {@code advise}), charged to
 * the reply's author, with the words that decided highlighted. The rule is the check's reason code.
 */
final class OpeningGuardrail extends ReplyGuardrail {

    static final String NAME = "opening";

    private final OpeningCheck check;
    private final Language language;

    OpeningGuardrail(OpeningCheck check, Language language) {
        super(NAME, check.config().mode());
        this.check = check;
        this.language = language;
    }

    @Override
    Hit judge(ExportTicket ticket, ExportComment reply) {
        OpeningVerdict verdict = check.check(ReplyToCheck.of(reply.body()));
        if (verdict.compliant()) {
            return null;
        }
        Span marked = verdict.evidence().length() > 0 ? verdict.evidence() : verdict.span();
        List<Hit.Span> spans = marked.length() > 0 ? List.of(new Hit.Span(marked.start(), marked.end())) : List.of();
        return new Hit(NAME, verdict.reasonCode().name().toLowerCase(Locale.ROOT),
                mode() == Mode.ENFORCE ? "blocked" : "advised", ticket.key(), reply.id(), reply.author().label(),
                reply.created(), verdict.language().code(), reply.body(), spans, verdict.reason(language));
    }
}
