package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;

import java.util.ArrayList;
import java.util.List;

/**
 * A guardrail that judges each public agent reply on its own, with no running state: all the work is in
 * {@link #prepare} (so it runs on the worker threads), and {@link #evaluate} only hands the hits on in order.
 */
abstract class ReplyGuardrail implements Guardrail {

    private final String name;
    private final Mode mode;

    ReplyGuardrail(String name, Mode mode) {
        this.name = name;
        this.mode = mode;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Mode mode() {
        return mode;
    }

    /** The hit for one agent reply, or null when the engine finds nothing wrong. Pure and thread-safe. */
    abstract Hit judge(ExportTicket ticket, ExportComment reply);

    @Override
    public final Object prepare(ExportTicket ticket, Authorship authorship) {
        List<Hit> hits = new ArrayList<>();
        for (ExportComment comment : ticket.comments()) {
            if (authorship.of(ticket, comment) == Authorship.Role.AGENT_REPLY) {
                Hit hit = judge(ticket, comment);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Sink sink) {
        ((List<Hit>) prepared).forEach(sink::hit);
    }
}
