package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;

/** Judges the tone of an agent's reply (belittling, insults) with the abuse detector, author role agent. */
@FunctionalInterface
public interface ToneJudge {

    AbuseVerdict judge(String reply);
}
