package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;

import java.util.Objects;

/**
 * A canned opener for one language and situation, e.g. {@code en.delay}:
 * {@code "Hi ${customer.firstName|there}, I'm sorry ${issue.key|your request} is taking so long."}.
 * Bundled macros come from {@code macros-<lang>.txt}; admins add or replace them (same {@code id}) in
 * {@code opening.macros} of the configuration.
 */
public record ApologyMacro(String id, Language language, Situation situation, MacroTemplate template) {

    public ApologyMacro {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(template, "template");
    }

    /** Parses {@code template}; throws {@link IllegalArgumentException} naming its problems. */
    public static ApologyMacro of(String id, Language language, Situation situation, String template) {
        return new ApologyMacro(id, language, situation, MacroTemplate.of(template));
    }

    public String render(MacroContext context) {
        return template.render(context);
    }
}
