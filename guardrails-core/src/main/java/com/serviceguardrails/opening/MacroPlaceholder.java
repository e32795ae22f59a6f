package com.serviceguardrails.opening;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The placeholders a macro template may use, written {@code ${customer.firstName}} or with a fallback {@code ${customer.firstName|there}}. */
public enum MacroPlaceholder {
    CUSTOMER_FIRST_NAME("customer.firstName", MacroContext::customerFirstName),
    CUSTOMER_LAST_NAME("customer.lastName", MacroContext::customerLastName),
    AGENT_FIRST_NAME("agent.firstName", MacroContext::agentFirstName),
    AGENT_LAST_NAME("agent.lastName", MacroContext::agentLastName),
    ISSUE_KEY("issue.key", MacroContext::issueKey),
    ISSUE_SUMMARY("issue.summary", MacroContext::issueSummary);

    private final String placeholderName;
    private final Function<MacroContext, String> value;

    MacroPlaceholder(String placeholderName, Function<MacroContext, String> value) {
        this.placeholderName = placeholderName;
        this.value = value;
    }

    /** The name between {@code ${} and {@code }}: {@code customer.firstName}. */
    public String placeholderName() {
        return placeholderName;
    }

    /** The value in {@code context}, or {@code null} when unknown. */
    public String valueIn(MacroContext context) {
        return value.apply(context);
    }

    public static Optional<MacroPlaceholder> byName(String name) {
        for (MacroPlaceholder p : values()) {
            if (p.placeholderName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** All names, for error messages: {@code ${agent.firstName}, ${customer.firstName}, …}. */
    public static String allNames() {
        return Arrays.stream(values()).map(p -> "${" + p.placeholderName + "}").sorted().collect(Collectors.joining(", "));
    }
}
