package com.serviceguardrails.abuse;

/** How bad a message is. Ordered: compare with {@link #atLeast}. A credible threat of violence is {@code CRITICAL}. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
