package com.serviceguardrails.guidance;

import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.opening.MacroPlaceholder;
import com.serviceguardrails.opening.MacroTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the admin page shows under an apology macro's template: the engine's own rendering ({@link MacroTemplate})
 * with sample values, and the text when nothing is known (every placeholder falls back), or the template's
 * problems ({@code unknown placeholder ${customer.nmae}}) exactly as validation will report them.
 */
public record MacroPreview(String text, String fallbackText, List<String> problems) {

    /** The values the preview fills in: a customer, an agent and a ticket. */
    static final MacroContext SAMPLE = new MacroContext("Maria", "Garc\u00eda", "Dana", "Lee", "SD-123",
            "Desk lamp arrived with a cracked shade");

    public MacroPreview {
        problems = List.copyOf(problems);
    }

    /** The preview of {@code template}; {@link #valid()} is false when it has problems (and then there is no text). */
    public static MacroPreview of(String template) {
        List<String> problems = MacroTemplate.problems(template);
        if (!problems.isEmpty()) {
            return new MacroPreview(null, null, problems);
        }
        MacroTemplate parsed = MacroTemplate.of(template);
        return new MacroPreview(parsed.render(SAMPLE), parsed.render(MacroContext.empty()), List.of());
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Every placeholder a template may use, in the engine's order, with the sample value the preview fills in. */
    public static List<Placeholder> placeholders() {
        List<Placeholder> out = new ArrayList<>();
        for (MacroPlaceholder placeholder : MacroPlaceholder.values()) {
            out.add(new Placeholder(placeholder.placeholderName(), placeholder.valueIn(SAMPLE)));
        }
        return List.copyOf(out);
    }

    /** A placeholder's name ({@code customer.firstName}, written {@code ${customer.firstName}}) and its sample value. */
    public record Placeholder(String name, String sample) {
    }
}
