package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.Mode;

import java.util.Locale;

/**
 * Belittling or abusive agent replies in a backtest: every public agent reply goes through the abuse detector as
 * an agent's text; an abusive verdict is a hit (blocked under {@code enforce}, flagged for coaching under
 * {@code advise}), charged to the reply's author. The rule is the first abusive finding's rule or lexicon entry.
 */
final class AgentAbuseGuardrail extends ReplyGuardrail {

    static final String NAME = "abuse-agent";

    private final AbuseScan scan;

    AgentAbuseGuardrail(Mode mode, AbuseScan scan) {
        super(NAME, mode);
        this.scan = scan;
    }

    @Override
    Hit judge(ExportTicket ticket, ExportComment reply) {
        AbuseVerdict verdict = scan.scan(reply.body(), AuthorRole.AGENT);
        if (!verdict.abusive()) {
            return null;
        }
        String rule = verdict.findings().stream().filter(f -> f.category().isAbuse()).map(Finding::rule)
                .findFirst().orElse("model");
        return new Hit(NAME, rule, mode() == Mode.ENFORCE ? "blocked" : "coached", ticket.key(), reply.id(),
                reply.author().label(), reply.created(), verdict.language().code(), reply.body(),
                EscalationGuardrail.spans(verdict), verdict.severity().name().toLowerCase(Locale.ROOT));
    }
}
