package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;

/** Judges how a reply opens (the apology-first check). */
@FunctionalInterface
public interface OpeningJudge {

    OpeningJudgement judge(String reply, Language language);
}
