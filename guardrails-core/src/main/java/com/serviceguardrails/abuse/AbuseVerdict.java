package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the abuse detector found in one message. {@code offensive} covers any offensive language, undirected
 * swearing included; {@code abusive} only abuse aimed at people, which escalates (customer) or is coached (agent).
 * Rich enough for escalation rules such as "severity at least high and target individual".
 */
public record AbuseVerdict(
        boolean offensive,
        boolean abusive,
        Target target,
        Severity severity,
        Language language,
        Set<Category> categories,
        List<Finding> findings) {

    public AbuseVerdict {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(language, "language");
        categories = Set.copyOf(categories);
        findings = List.copyOf(findings);
    }

    /** A verdict for a message with nothing offensive in it. */
    public static AbuseVerdict clean(Language language) {
        return new AbuseVerdict(false, false, Target.NONE, Severity.NONE, language, Set.of(), List.of());
    }
}
