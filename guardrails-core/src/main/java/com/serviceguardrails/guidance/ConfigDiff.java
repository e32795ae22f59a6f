package com.serviceguardrails.guidance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two configuration documents, field by field, with the same JSON paths the validator uses
 * ({@code escalation.rules[2].priority}). Lists of different lengths compare element by element, the extra ones
 * showing as added or removed. Recursion is bounded by the codec's nesting limit.
 */
public final class ConfigDiff {

    private ConfigDiff() {
    }

    public static List<ConfigChange> between(JsonNode before, JsonNode after) {
        List<ConfigChange> out = new ArrayList<>();
        compare("", before, after, out);
        return List.copyOf(out);
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<ConfigChange> out) {
        boolean hasBefore = before != null && !before.isMissingNode();
        boolean hasAfter = after != null && !after.isMissingNode();
        if (hasBefore && hasAfter && before.equals(after)) {
            return;
        }
        if (hasBefore && hasAfter && before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), out);
            }
            return;
        }
        if (hasBefore && hasAfter && before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), out);
            }
            return;
        }
        out.add(new ConfigChange(path, hasBefore ? before.toString() : null, hasAfter ? after.toString() : null));
    }
}
