package com.serviceguardrails.guidance;

import java.util.Locale;

/** What the reply guard does with a reply the agent is about to send. */
public enum ReplyAction {
    /** Send it: nothing to say, the check is off, or the check failed (a failing guardrail never blocks). */
    ALLOW,
    /** Send it, but show the agent what to improve first (advise mode). */
    ADVISE,
    /** Hold it until it complies or the agent gives an override reason (enforce mode). */
    BLOCK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
