package com.serviceguardrails.opening;

import java.util.Locale;

/**
 * What went wrong for the customer, as far as an apology needs to know: it picks the macro ("sorry for the
 * wait" vs "sorry your order arrived damaged"). Read from the customer's message with the keyword lists in the
 * phrase files; {@link #GENERAL} when nothing tells.
 */
public enum Situation {
    GENERAL, DELAY, DAMAGED, MISSING, ACCESS, BILLING, OUTAGE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
