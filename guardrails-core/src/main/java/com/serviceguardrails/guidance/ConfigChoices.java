package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Aim;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;
import com.serviceguardrails.config.ConfigCursor;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.opening.Situation;
import com.serviceguardrails.text.Language;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values each enumerated field of the configuration accepts, as the codec spells them, for the admin page's
 * selects and check boxes. Read from the engine's enums, so a value added there appears on the page. Each value is
 * shown by its label, the i18n text under {@link #labelKey}; the value sent stays the codec's spelling.
 */
public final class ConfigChoices {

    private ConfigChoices() {
    }

    /** Name of the choice list → its values in the engine's order. */
    public static Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("modes", Arrays.stream(Mode.values()).map(Mode::jsonName).toList());
        out.put("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        out.put("situations", names(Situation.class));
        out.put("actions", names(Action.class));
        out.put("categories", names(Category.class));
        out.put("aims", names(Aim.class));
        out.put("severities", names(Severity.class));
        out.put("targets", names(Target.class));
        out.put("authors", names(AuthorRole.class));
        return out;
    }

    /** The i18n key of a value's label: {@code service-guardrails.choice.situations.delay}. */
    public static String labelKey(String list, String value) {
        return "service-guardrails.choice." + list + "." + value;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigCursor::jsonName).toList();
    }
}
