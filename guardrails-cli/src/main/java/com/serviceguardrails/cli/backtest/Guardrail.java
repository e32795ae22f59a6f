package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;

/**
 * One guardrail as the backtest runs it: an adapter that feeds a past ticket to a core engine and reports what the
 * engine's verdict would have made the app do. It decides nothing itself; what counts as a violation is the engine's.
 */
public interface Guardrail {

    /** Stable name used in totals and reports: {@code opening}, {@code abuse-customer}, ... */
    String name();

    /** The guardrail's configured mode; a guardrail that is {@code off} is not run. */
    Mode mode();

    /** Evaluates one ticket, reporting each would-be action and any unusable input to {@code sink}. Must not keep the ticket. */
    void evaluate(ExportTicket ticket, Authorship authorship, Sink sink);

    /** Where a guardrail reports. */
    interface Sink {
        void hit(Hit hit);

        /** Input this guardrail could not use (an unreadable custom field, ...); the run goes on. */
        void problem(InputProblem problem);
    }
}
