package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;

import java.util.List;
import java.util.Objects;

/**
 * Decides whether a reply the agent is about to send goes out, goes out with advice, or is held. Internal notes are
 * never checked. A reply is held only when a guardrail in {@code enforce} mode found a problem; a check that throws
 * is skipped (the reply is not held for it) and the answer says it was degraded, so the caller can log it.
 */
public final class ReplyGuard {

    /** Replies longer than this are judged on their first part only; openings and tone show early. */
    public static final int MAX_REPLY_CHARS = 32_000;

    private final OpeningJudge opening;
    private final ToneJudge tone;

    public ReplyGuard(OpeningJudge opening, ToneJudge tone) {
        this.opening = Objects.requireNonNull(opening, "opening");
        this.tone = Objects.requireNonNull(tone, "tone");
    }

    public ReplyCheck check(GuardrailsConfig config, String reply, boolean internal, Language fallback) {
        String text = reply == null ? "" : reply.length() > MAX_REPLY_CHARS ? reply.substring(0, MAX_REPLY_CHARS) : reply;
        Language language = LanguageDetector.standard().detect(text, fallback);
        if (internal || text.isBlank()) {
            return new ReplyCheck(ReplyAction.ALLOW, language.code(), null, List.of(), false);
        }
        boolean degraded = false;
        ReplyAction action = ReplyAction.ALLOW;

        OpeningJudgement judgement = null;
        Mode openingMode = config.opening().mode();
        if (openingMode.isActive()) {
            try {
                judgement = opening.judge(text, language);
                if (judgement != null && !judgement.compliant()) {
                    action = stricter(action, openingMode);
                }
            } catch (RuntimeException e) {
                degraded = true;
            }
        }

        List<Finding> findings = List.of();
        Mode abuseMode = config.abuse().mode();
        if (abuseMode.isActive()) {
            try {
                AbuseVerdict verdict = tone.judge(text);
                if (verdict != null && verdict.abusive()) {
                    findings = verdict.findings();
                    action = stricter(action, abuseMode);
                }
            } catch (RuntimeException e) {
                degraded = true;
            }
        }
        return new ReplyCheck(action, language.code(), judgement, findings, degraded);
    }

    private static ReplyAction stricter(ReplyAction current, Mode mode) {
        ReplyAction wanted = mode == Mode.ENFORCE ? ReplyAction.BLOCK : ReplyAction.ADVISE;
        return wanted.compareTo(current) > 0 ? wanted : current;
    }
}
