package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;

/**
 * What {@link OpeningCheck#check} looks at.
 *
 * @param text            the agent's public reply as typed (plain text, HTML or Jira wiki markup); may be null
 * @param customerMessage the customer's last message, to choose the macro's situation; may be null
 * @param language        the language to judge in, or {@code null} to detect it from the reply
 * @param context         names and issue key for the suggested opener; may be null
 */
public record ReplyToCheck(String text, String customerMessage, Language language, MacroContext context) {

    /** Just the reply; the language is detected. */
    public static ReplyToCheck of(String text) {
        return new ReplyToCheck(text, null, null, null);
    }

    /** The reply in a known language ({@code null} detects it). */
    public static ReplyToCheck of(String text, Language language) {
        return new ReplyToCheck(text, null, language, null);
    }
}
