package com.serviceguardrails.opening;

/**
 * What a macro's placeholders are filled with. Any value may be {@code null} (unknown); the template's fallback
 * ({@code ${customer.firstName|there}}) or nothing is used instead. Values are trimmed, control characters become
 * spaces and each is cut at {@value #MAX_VALUE_CHARS} characters, so a hostile display name cannot bloat a reply.
 */
public record MacroContext(
        String customerFirstName,
        String customerLastName,
        String agentFirstName,
        String agentLastName,
        String issueKey,
        String issueSummary) {

    static final int MAX_VALUE_CHARS = 120;

    private static final MacroContext EMPTY = new MacroContext(null, null, null, null, null, null);

    public MacroContext {
        customerFirstName = clean(customerFirstName);
        customerLastName = clean(customerLastName);
        agentFirstName = clean(agentFirstName);
        agentLastName = clean(agentLastName);
        issueKey = clean(issueKey);
        issueSummary = clean(issueSummary);
    }

    /** Nothing known: every placeholder falls back. */
    public static MacroContext empty() {
        return EMPTY;
    }

    /** The usual case: the customer's and the agent's first names and the issue key. */
    public static MacroContext of(String customerFirstName, String agentFirstName, String issueKey) {
        return new MacroContext(customerFirstName, null, agentFirstName, null, issueKey, null);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE_CHARS));
        for (int i = 0; i < value.length() && out.length() < MAX_VALUE_CHARS; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
