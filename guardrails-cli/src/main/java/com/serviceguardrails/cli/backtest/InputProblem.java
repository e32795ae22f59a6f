package com.serviceguardrails.cli.backtest;

import java.util.Objects;

/**
 * Something in the input the backtest could not use: where ({@code page-3.json:120:7, HELP-42 comment 10031}),
 * why (a stable {@code reason} code that totals are counted by) and a sentence for people.
 */
public record InputProblem(String where, Reason reason, String message) {

    /** Why an item was skipped. The totals count skipped items by these. */
    public enum Reason {
        /** A file or page that is not valid JSON; the rest of that file is skipped. */
        MALFORMED_JSON,
        /** A file that ends in the middle of a JSON value; the rest of it is lost. */
        TRUNCATED_FILE,
        /** Valid JSON that is not a Jira search page or issue (missing {@code key}, {@code fields}, ...). */
        NOT_AN_ISSUE,
        /** A comment without a body, or with an empty one. */
        COMMENT_WITHOUT_BODY,
        /** A custom field the configuration names holds a value of the wrong shape. */
        UNREADABLE_CUSTOM_FIELD,
        /** The issue holds fewer comments than its {@code comment.total} says: the export truncated the list. */
        COMMENTS_MISSING,
        /** A file that could not be read at all. */
        UNREADABLE_FILE,
        /** A guardrail failed on an item (a bug, reported rather than hidden); the item counts as not evaluated. */
        GUARDRAIL_FAILED
    }

    public InputProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
