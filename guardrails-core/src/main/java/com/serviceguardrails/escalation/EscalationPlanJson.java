package com.serviceguardrails.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.config.ConfigCursor;
import com.serviceguardrails.escalation.EscalationAction.AddInternalNote;
import com.serviceguardrails.escalation.EscalationAction.AddLabel;
import com.serviceguardrails.escalation.EscalationAction.AddWatchers;
import com.serviceguardrails.escalation.EscalationAction.AssigneeKind;
import com.serviceguardrails.escalation.EscalationAction.Kind;
import com.serviceguardrails.escalation.EscalationAction.NotifyLeadForCoaching;
import com.serviceguardrails.escalation.EscalationAction.NotifyWebhook;
import com.serviceguardrails.escalation.EscalationAction.RaisePriority;
import com.serviceguardrails.escalation.EscalationAction.Reassign;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a plan, as {@code guardrails escalate} prints it and as the plugin keeps a ticket's escalation
 * history: {@code {"issue":"SD-1","comment":"10001","rules":["customer-abuse"],"actions":[{"type":"raise_priority",
 * "priority":"High"},{"type":"add_label","label":"guardrails-abuse"}]}}. {@link #read} gives back an equal plan.
 */
public final class EscalationPlanJson {

    /** Stored plans larger than this are refused unread. */
    public static final int MAX_CHARS = 256 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EscalationPlanJson() {
    }

    public static String write(EscalationPlan plan) {
        return toTree(plan).toString();
    }

    public static ObjectNode toTree(EscalationPlan plan) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("issue", plan.issueKey());
        node.put("comment", plan.commentId());
        ArrayNode rules = node.putArray("rules");
        plan.rules().forEach(rules::add);
        ArrayNode actions = node.putArray("actions");
        for (EscalationAction action : plan.actions()) {
            ObjectNode a = actions.addObject();
            a.put("type", ConfigCursor.jsonName(action.kind()));
            switch (action.kind()) {
                case RAISE_PRIORITY -> a.put("priority", ((RaisePriority) action).priority());
                case REASSIGN -> {
                    Reassign reassign = (Reassign) action;
                    a.put("to", ConfigCursor.jsonName(reassign.to())).put("name", reassign.name());
                }
                case ADD_WATCHERS -> ((AddWatchers) action).users().forEach(a.putArray("users")::add);
                case ADD_LABEL -> a.put("label", ((AddLabel) action).label());
                case ADD_INTERNAL_NOTE -> {
                    AddInternalNote note = (AddInternalNote) action;
                    a.put("template", note.templateKey());
                    note.params().forEach(a.putObject("params")::put);
                }
                case NOTIFY_WEBHOOK -> {
                    NotifyWebhook webhook = (NotifyWebhook) action;
                    a.put("name", webhook.name()).put("url", webhook.url().toString());
                    webhook.payload().forEach(a.putObject("payload")::put);
                }
                case NOTIFY_LEAD_FOR_COACHING -> {
                    NotifyLeadForCoaching coaching = (NotifyLeadForCoaching) action;
                    a.put("agent", coaching.agent()).put("template", coaching.templateKey());
                    coaching.params().forEach(a.putObject("params")::put);
                }
            }
        }
        return node;
    }

    /** Reads a plan written by {@link #write}; a clear {@link IllegalArgumentException} for anything else. */
    public static EscalationPlan read(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new IllegalArgumentException("escalation plan is missing or longer than " + MAX_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("escalation plan is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<String> rules = new ArrayList<>();
        array(node, "rules").forEach(rule -> rules.add(rule.asText()));
        List<EscalationAction> actions = new ArrayList<>();
        int i = 0;
        for (JsonNode a : array(node, "actions")) {
            actions.add(action(a, "actions[" + i++ + "]"));
        }
        return new EscalationPlan(text(node, "issue", ""), text(node, "comment", ""), rules, actions);
    }

    private static EscalationAction action(JsonNode a, String where) {
        String type = text(a, "type", where);
        Kind kind;
        try {
            kind = Kind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".type: unknown action \"" + type + "\"");
        }
        return switch (kind) {
            case RAISE_PRIORITY -> new RaisePriority(text(a, "priority", where));
            case REASSIGN -> new Reassign(AssigneeKind.valueOf(text(a, "to", where).toUpperCase(Locale.ROOT)), text(a, "name", where));
            case ADD_WATCHERS -> {
                List<String> users = new ArrayList<>();
                array(a, "users").forEach(u -> users.add(u.asText()));
                yield new AddWatchers(users);
            }
            case ADD_LABEL -> new AddLabel(text(a, "label", where));
            case ADD_INTERNAL_NOTE -> new AddInternalNote(text(a, "template", where), map(a, "params"));
            case NOTIFY_WEBHOOK -> new NotifyWebhook(text(a, "name", where), URI.create(text(a, "url", where)), map(a, "payload"));
            case NOTIFY_LEAD_FOR_COACHING -> new NotifyLeadForCoaching(text(a, "agent", where), text(a, "template", where), map(a, "params"));
        };
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException((where.isEmpty() ? "" : where + ".") + field + ": expected a string");
        }
        return value.textValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value : List.of();
    }

    private static Map<String, String> map(JsonNode node, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            value.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }
}
