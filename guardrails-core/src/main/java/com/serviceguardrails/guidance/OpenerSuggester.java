package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;

import java.util.List;

/** The apology opener to suggest for a ticket, in the customer's language; {@code null} when there is none. */
@FunctionalInterface
public interface OpenerSuggester {

    String openerFor(Language language, List<ThreadMessage> thread);
}
