package com.serviceguardrails.escalation;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing an escalation does to a ticket, described without any Jira type: the plugin turns each into Jira
 * calls, the CLI prints them, a backtest counts them. Plans list actions in the order of {@link Kind}.
 */
public sealed interface EscalationAction {

    /** The kinds of action, in the order a plan applies them. */
    enum Kind {
        RAISE_PRIORITY, REASSIGN, ADD_WATCHERS, ADD_LABEL, ADD_INTERNAL_NOTE, NOTIFY_WEBHOOK, NOTIFY_LEAD_FOR_COACHING
    }

    Kind kind();

    /** One line for people reading a plan (CLI, logs). */
    String describe();

    /** Raise the ticket's priority to at least {@code priority} (a name from the configured priority order). */
    record RaisePriority(String priority) implements EscalationAction {
        public RaisePriority {
            Objects.requireNonNull(priority, "priority");
        }

        public Kind kind() {
            return Kind.RAISE_PRIORITY;
        }

        public String describe() {
            return "raise priority to at least " + priority;
        }
    }

    /** Whom a ticket is handed to: a named user, or someone in a role the plugin resolves (e.g. a project role). */
    enum AssigneeKind {
        USER, ROLE
    }

    /** Hand the ticket to a user, or to the role the plugin resolves to a user. */
    record Reassign(AssigneeKind to, String name) implements EscalationAction {
        public Reassign {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(name, "name");
        }

        public Kind kind() {
            return Kind.REASSIGN;
        }

        public String describe() {
            return "reassign to " + to.name().toLowerCase(Locale.ROOT) + " " + name;
        }
    }

    /** Add these users as watchers (only those not watching yet). */
    record AddWatchers(List<String> users) implements EscalationAction {
        public AddWatchers {
            users = List.copyOf(users);
        }

        public Kind kind() {
            return Kind.ADD_WATCHERS;
        }

        public String describe() {
            return "add watchers " + String.join(", ", users);
        }
    }

    /** Add a label. */
    record AddLabel(String label) implements EscalationAction {
        public AddLabel {
            Objects.requireNonNull(label, "label");
        }

        public Kind kind() {
            return Kind.ADD_LABEL;
        }

        public String describe() {
            return "add label " + label;
        }
    }

    /**
     * Add an internal note (never visible to the customer). The text is the plugin's translation of
     * {@code templateKey} with {@code params}; the core holds no note text.
     */
    record AddInternalNote(String templateKey, Map<String, String> params) implements EscalationAction {
        public AddInternalNote {
            Objects.requireNonNull(templateKey, "templateKey");
            params = sorted(params);
        }

        public Kind kind() {
            return Kind.ADD_INTERNAL_NOTE;
        }

        public String describe() {
            return "add internal note " + templateKey + " " + params;
        }
    }

    /**
     * POST {@code payload} as JSON to an admin-configured webhook. The payload names the ticket, the comment and
     * what was found; it never carries the comment's text.
     */
    record NotifyWebhook(String name, URI url, Map<String, String> payload) implements EscalationAction {
        public NotifyWebhook {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            payload = sorted(payload);
        }

        public Kind kind() {
            return Kind.NOTIFY_WEBHOOK;
        }

        public String describe() {
            return "notify webhook " + name + " " + payload;
        }
    }

    /** Tell the lead of {@code agent} that a reply of theirs needs coaching; message from {@code templateKey}. */
    record NotifyLeadForCoaching(String agent, String templateKey, Map<String, String> params) implements EscalationAction {
        public NotifyLeadForCoaching {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(templateKey, "templateKey");
            params = sorted(params);
        }

        public Kind kind() {
            return Kind.NOTIFY_LEAD_FOR_COACHING;
        }

        public String describe() {
            return "notify the lead of " + agent + " for coaching (" + templateKey + ")";
        }
    }

    /** An immutable copy in key order, so equal parameters make equal actions and stable output. */
    private static Map<String, String> sorted(Map<String, String> params) {
        return Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(params, "params")));
    }
}
