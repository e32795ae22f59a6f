package com.serviceguardrails.cli.backtest;

/** Fetching from Jira failed for good (bad token, wrong URL, bad JQL, retries used up); the message says what to do. */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
