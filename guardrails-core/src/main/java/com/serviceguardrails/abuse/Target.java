package com.serviceguardrails.abuse;

/** Whom offensive language is aimed at (OLID's scheme, with {@code NONE} for untargeted swearing). */
public enum Target {
    /** Not aimed at anyone: swearing at a situation or a product. */
    NONE,
    /** A person: the reader, an agent, a named individual. */
    INDIVIDUAL,
    /** A group of people sharing an identity (ethnicity, religion, gender, ...). */
    GROUP,
    /** Something else: an organisation, a company, an event. */
    OTHER
}
