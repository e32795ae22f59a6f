package com.serviceguardrails.opening;

import com.serviceguardrails.text.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Why a verdict came out as it did; the wording per language is in {@code reasons_<lang>.properties}. */
public enum OpeningReason {
    APOLOGY, ACKNOWLEDGEMENT, NON_APOLOGY, BELITTLING, NO_APOLOGY, APOLOGY_TOO_LATE, ONLY_GREETING, EMPTY, NOT_CHECKED;

    private static final String BUNDLE = "com.serviceguardrails.opening.reasons";

    /** The reason in {@code language}, with {@code quote} (the words judged) filled in. */
    public String describe(Language language, String quote) {
        Locale locale = (language == null ? Language.EN : language).locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(name().toLowerCase(Locale.ROOT));
        } catch (MissingResourceException e) {
            pattern = name().toLowerCase(Locale.ROOT) + ": {0}";
        }
        return new MessageFormat(pattern, locale).format(new Object[] {quote == null ? "" : quote});
    }
}
