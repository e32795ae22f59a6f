package com.serviceguardrails.opening;

import java.util.Locale;

/** How a public reply opens. Only {@link #APOLOGY} and {@link #ACKNOWLEDGEMENT} are compliant. */
public enum OpeningKind {
    /** "Sorry about the missing items.", "We apologize for the delay." */
    APOLOGY,
    /** "I understand how frustrating it is to be locked out.", "Thank you for your patience …" */
    ACKNOWLEDGEMENT,
    /** Regret for the customer's reaction, or an apology taken back: "Sorry you feel that way.", "Sorry, but …" */
    NON_APOLOGY,
    /** Talks down to the customer: "You're the only person who has had this problem this often!" */
    BELITTLING,
    /** Straight to business, or the apology only comes later. */
    NONE;

    public boolean compliant() {
        return this == APOLOGY || this == ACKNOWLEDGEMENT;
    }

    /** The spelling in JSON and on the command line: {@code non_apology}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
