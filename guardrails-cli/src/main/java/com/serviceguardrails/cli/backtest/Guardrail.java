package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;

import java.util.function.Consumer;

/**
 * One guardrail as the backtest runs it: an adapter that feeds a past ticket to a core engine and reports what the
 * engine's verdict would have made the app do. It decides nothing itself; what counts as a violation is the engine's.
 */
public interface Guardrail {

    /** Stable name used in totals and reports: {@code opening}, {@code abuse-customer}, ... */
    String name();

    /** The guardrail's configured mode; a guardrail that is {@code off} is not run. */
    Mode mode();

    /** Evaluates one ticket, reporting each would-be action to {@code hits}. Must not keep the ticket. */
    void evaluate(ExportTicket ticket, Authorship authorship, Consumer<Hit> hits);
}
