package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * Reads what Jira puts in a transition's {@code transientVars}: the issue, the transition comment and whether JSM
 * marked that comment internal ({@code commentProperty}: a {@code String[]} holding a JSON array of
 * {@code {key, value}}; JSM's {@code sd.public.comment} has the value {@code {"internal": true}} for an internal
 * note). Never throws: anything unreadable reads as absent.
 */
final class TransitionInputs {
    static final String PUBLIC_COMMENT_PROPERTY = "sd.public.comment";
    /** Comment property texts longer than this are not parsed (they are a few dozen characters in practice). */
    private static final int MAX_PROPERTY_CHARS = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TransitionInputs() {
    }

    static Issue issue(Map<?, ?> transientVars) {
        Object issue = transientVars == null ? null : transientVars.get("issue");
        return issue instanceof Issue i ? i : null;
    }

    /** The comment typed on the transition screen, or "" when there is none. */
    static String comment(Map<?, ?> transientVars) {
        Object comment = transientVars == null ? null : transientVars.get("comment");
        return comment instanceof String text ? text : "";
    }

    /** True when JSM marked the transition comment as an internal note; a comment without the mark is public. */
    static boolean isInternalComment(Map<?, ?> transientVars) {
        Object property = transientVars == null ? null : transientVars.get("commentProperty");
        String[] texts = property instanceof String[] array ? array : property instanceof String one ? new String[] {one} : new String[0];
        for (String text : texts) {
            if (text == null || text.length() > MAX_PROPERTY_CHARS) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(text);
                for (JsonNode entry : node.isArray() ? node : JSON.createArrayNode().add(node)) {
                    if (PUBLIC_COMMENT_PROPERTY.equals(entry.path("key").asText())) {
                        JsonNode value = entry.path("value");
                        if (value.isTextual()) {
                            value = JSON.readTree(value.asText());
                        }
                        return value.path("internal").asBoolean(false);
                    }
                }
            } catch (Exception e) {
                // unreadable property: treat as absent, the comment counts as public
            }
        }
        return false;
    }
}
