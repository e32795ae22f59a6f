package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;

/**
 * One guardrail as the backtest runs it: an adapter that feeds a past ticket to a core engine and reports what the
 * engine's verdict would have made the app do. It decides nothing itself; what counts as a violation is the engine's.
 *
 * <p>Two steps, so the costly part runs on several cores while order-dependent state stays in order:
 * {@link #prepare} is pure (engine verdicts on the ticket's text) and may run on any thread, ahead of time;
 * {@link #evaluate} gets the tickets one at a time in export order on one thread, with what {@code prepare}
 * returned for that ticket, and may keep running state (ledgers, earlier offences).
 */
public interface Guardrail {

    /** Stable name used in totals and reports: {@code opening}, {@code abuse-customer}, ... */
    String name();

    /** The guardrail's configured mode; a guardrail that is {@code off} is not run. */
    Mode mode();

    /** Pure, thread-safe work on one ticket; its result is handed to {@link #evaluate}. Must not touch state. */
    default Object prepare(ExportTicket ticket, Authorship authorship) {
        return null;
    }

    /**
     * Reports each would-be action and any unusable input of one ticket to {@code sink}; called in export order on
     * one thread. Must not keep the ticket.
     */
    void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Sink sink);

    /** Where a guardrail reports. */
    interface Sink {
        void hit(Hit hit);

        /** Input this guardrail could not use (an unreadable custom field, ...); the run goes on. */
        void problem(InputProblem problem);
    }
}
