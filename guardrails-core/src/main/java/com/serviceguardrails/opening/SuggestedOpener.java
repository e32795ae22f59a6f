package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;

/** An apology macro chosen for a ticket, with its placeholders filled: ready to insert at the top of a reply. */
public record SuggestedOpener(String macroId, Language language, Situation situation, String text) {
}
