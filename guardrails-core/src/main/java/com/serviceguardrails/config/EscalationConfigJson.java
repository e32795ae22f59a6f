package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.escalation.EscalationAction.AssigneeKind;
import com.serviceguardrails.escalation.EscalationAction.Reassign;
import com.serviceguardrails.escalation.EscalationConfig;
import com.serviceguardrails.escalation.EscalationRule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the `escalation` section. See docs/empowerment.md for the format. */
final class EscalationConfigJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_REPEAT_WINDOW_DAYS = 3660;
    private static final int MAX_OFFENCES = 1000;

    private EscalationConfigJson() {
    }

    static EscalationConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode", "priorities", "repeatWindowDays", "webhooks", "rules");
        EscalationConfig fallback = new EscalationConfig(Mode.ADVISE);
        ConfigCursor prioritiesCursor = section.field("priorities");
        List<String> priorities = prioritiesCursor.present() ? prioritiesCursor.texts() : fallback.priorities();
        if (priorities.isEmpty()) {
            prioritiesCursor.error("must name at least one priority, lowest first");
        } else if (new HashSet<>(priorities).size() != priorities.size()) {
            prioritiesCursor.error("names a priority twice");
        }
        Map<String, URI> webhooks = webhooks(section.field("webhooks"));
        return new EscalationConfig(
                section.field("mode").choice(Mode.class, Mode.ADVISE),
                priorities,
                section.field("repeatWindowDays").integer(EscalationConfig.DEFAULT_REPEAT_WINDOW_DAYS, 1, MAX_REPEAT_WINDOW_DAYS),
                webhooks,
                rules(section.field("rules"), priorities, webhooks));
    }

    private static Map<String, URI> webhooks(ConfigCursor cursor) {
        Map<String, URI> webhooks = new LinkedHashMap<>();
        cursor.entries().forEach((name, urlCursor) -> {
            String text = urlCursor.requiredText();
            if (text.isBlank()) {
                return;
            }
            try {
                URI url = new URI(text.trim());
                String scheme = url.getScheme();
                if (!url.isAbsolute() || url.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                    urlCursor.error("expected an absolute http(s) URL, found \"" + text + "\"");
                    return;
                }
                webhooks.put(name, url);
            } catch (URISyntaxException e) {
                urlCursor.error("not a valid URL: " + e.getMessage());
            }
        });
        return webhooks;
    }

    private static List<EscalationRule> rules(ConfigCursor cursor, List<String> priorities, Map<String, URI> webhooks) {
        List<EscalationRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigCursor element : cursor.elements()) {
            if (!element.expectObject()) {
                continue;
            }
            element.allowOnly("name", "when", "then");
            ConfigCursor nameCursor = element.field("name");
            String name = nameCursor.requiredText();
            if (!name.isBlank() && !seen.add(name)) {
                nameCursor.error("rule \"" + name + "\" is configured twice");
            }
            EscalationRule.Condition when = condition(element.field("when"));
            EscalationRule.Response then = response(element.field("then"), priorities, webhooks);
            if (!name.isBlank()) {
                rules.add(new EscalationRule(name, when, then));
            }
        }
        return rules;
    }

    private static EscalationRule.Condition condition(ConfigCursor cursor) {
        cursor.expectObject();
        cursor.allowOnly("author", "minSeverity", "targets", "categories", "minEarlierOffences");
        return new EscalationRule.Condition(
                Optional.ofNullable(cursor.field("author").choice(AuthorRole.class, null)),
                cursor.field("minSeverity").choice(Severity.class, Severity.LOW),
                choices(cursor.field("targets"), Target.class),
                choices(cursor.field("categories"), Category.class),
                cursor.field("minEarlierOffences").integer(0, 0, MAX_OFFENCES));
    }

    private static EscalationRule.Response response(ConfigCursor cursor, List<String> priorities, Map<String, URI> webhooks) {
        if (!cursor.present()) {
            cursor.error("is required: what the rule does");
        }
        cursor.expectObject();
        cursor.allowOnly("raisePriority", "reassignTo", "addWatchers", "addLabels", "noteTemplate", "webhooks",
                "notifyLeadForCoaching");
        ConfigCursor priorityCursor = cursor.field("raisePriority");
        Optional<String> priority = Optional.ofNullable(priorityCursor.text(null));
        if (priority.isPresent() && !priorities.contains(priority.get())) {
            priorityCursor.error("unknown priority \"" + priority.get() + "\"; expected one of " + String.join(", ", priorities));
            priority = Optional.empty();
        }
        ConfigCursor webhooksCursor = cursor.field("webhooks");
        List<String> webhookNames = webhooksCursor.texts();
        for (String webhook : webhookNames) {
            if (!webhooks.containsKey(webhook)) {
                webhooksCursor.error("unknown webhook \"" + webhook + "\"; define it under escalation.webhooks");
            }
        }
        return new EscalationRule.Response(
                priority,
                reassign(cursor.field("reassignTo")),
                cursor.field("addWatchers").texts(),
                cursor.field("addLabels").texts(),
                Optional.ofNullable(cursor.field("noteTemplate").text(null)).filter(t -> !t.isBlank()),
                webhookNames,
                cursor.field("notifyLeadForCoaching").bool(false));
    }

    private static Optional<Reassign> reassign(ConfigCursor cursor) {
        if (!cursor.expectObject()) {
            return Optional.empty();
        }
        cursor.allowOnly("user", "role");
        ConfigCursor user = cursor.field("user");
        ConfigCursor role = cursor.field("role");
        if (user.present() == role.present()) {
            cursor.error("give exactly one of \"user\" or \"role\"");
            return Optional.empty();
        }
        String name = (user.present() ? user : role).requiredText();
        return name.isBlank() ? Optional.empty()
                : Optional.of(new Reassign(user.present() ? AssigneeKind.USER : AssigneeKind.ROLE, name));
    }

    private static <E extends Enum<E>> Set<E> choices(ConfigCursor cursor, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (ConfigCursor element : cursor.elements()) {
            E value = element.choice(type, null);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    static ObjectNode write(EscalationConfig config) {
        ObjectNode node = JSON.objectNode();
        node.put("mode", config.mode().jsonName());
        putAll(node, "priorities", config.priorities());
        node.put("repeatWindowDays", config.repeatWindowDays());
        ObjectNode webhooks = node.putObject("webhooks");
        config.webhooks().forEach((name, url) -> webhooks.put(name, url.toString()));
        ArrayNode rules = node.putArray("rules");
        for (EscalationRule rule : config.rules()) {
            ObjectNode ruleNode = rules.addObject();
            ruleNode.put("name", rule.name());
            ObjectNode when = ruleNode.putObject("when");
            rule.when().author().ifPresent(author -> when.put("author", ConfigCursor.jsonName(author)));
            when.put("minSeverity", ConfigCursor.jsonName(rule.when().minSeverity()));
            putChoices(when, "targets", rule.when().targets());
            putChoices(when, "categories", rule.when().categories());
            when.put("minEarlierOffences", rule.when().minEarlierOffences());
            ObjectNode then = ruleNode.putObject("then");
            EscalationRule.Response response = rule.then();
            response.raisePriority().ifPresent(p -> then.put("raisePriority", p));
            response.reassignTo().ifPresent(r -> then.putObject("reassignTo").put(ConfigCursor.jsonName(r.to()), r.name()));
            putAll(then, "addWatchers", response.addWatchers());
            putAll(then, "addLabels", response.addLabels());
            response.noteTemplate().ifPresent(t -> then.put("noteTemplate", t));
            putAll(then, "webhooks", response.webhooks());
            if (response.notifyLeadForCoaching()) {
                then.put("notifyLeadForCoaching", true);
            }
        }
        return node;
    }

    private static void putAll(ObjectNode node, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    private static <E extends Enum<E>> void putChoices(ObjectNode node, String name, Set<E> values) {
        putAll(node, name, values.stream().sorted().map(ConfigCursor::jsonName).toList());
    }
}
