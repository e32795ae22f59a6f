package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;

/** The abuse verdict for a customer comment; implementations may remember verdicts so a page view re-runs nothing. */
@FunctionalInterface
public interface AbuseVerdicts {

    AbuseVerdict verdictFor(ThreadMessage comment);
}
