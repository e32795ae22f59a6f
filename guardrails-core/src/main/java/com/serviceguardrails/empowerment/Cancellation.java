package com.serviceguardrails.empowerment;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The result of cancelling an approved request: whether an amount stopped counting, and a sentence saying so. */
public record Cancellation(EntryKey key, boolean reversed) {

    public Cancellation {
        Objects.requireNonNull(key, "key");
    }

    public String explanation(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        return Messages.format(bundle, reversed ? "empowerment.cancel.reversed" : "empowerment.cancel.unchanged",
                Messages.action(bundle, key.action()), key.issueKey(), key.requestId());
    }
}
