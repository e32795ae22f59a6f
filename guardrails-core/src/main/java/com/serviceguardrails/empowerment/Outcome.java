package com.serviceguardrails.empowerment;

/** The three answers to a request. */
public enum Outcome {
    /** Within a rule: go ahead; the amount is recorded. */
    APPROVED,
    /** Allowed to someone with a higher role: ask them. Nothing is recorded. */
    NEEDS_APPROVAL,
    /** No rule allows it at all. Nothing is recorded. */
    DENIED
}
