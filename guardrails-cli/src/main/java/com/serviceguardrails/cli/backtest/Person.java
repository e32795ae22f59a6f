package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Jira user as an export names it. {@code id} is the most stable identifier present: the user key (Data Center),
 * then the user name, the account id (Cloud exports), the e-mail address, the display name.
 */
public record Person(String id, String displayName) {

    /** Stands in for a missing reporter, assignee or author. */
    public static final Person NOBODY = new Person("", "");

    /** The person a Jira user object describes, or {@link #NOBODY} when it is absent or names no one. */
    static Person from(JsonNode user) {
        if (user == null || !user.isObject()) {
            return NOBODY;
        }
        String id = firstText(user, "key", "name", "accountId", "emailAddress", "displayName");
        if (id.isEmpty()) {
            return NOBODY;
        }
        String display = firstText(user, "displayName", "name", "key", "accountId");
        return new Person(id, display);
    }

    public boolean isNobody() {
        return id.isEmpty();
    }

    /** How reports show this person. */
    public String label() {
        return isNobody() ? "(none)" : displayName.isEmpty() ? id : displayName;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return "";
    }
}
