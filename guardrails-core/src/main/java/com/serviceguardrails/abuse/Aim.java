package com.serviceguardrails.abuse;

/** Whether a lexicon term is abuse by itself or only when it is aimed at someone. */
public enum Aim {
    /** Names a person ("idiot", "moron"): abusive unless negated, quoted, reported or said of oneself. */
    PERSON,
    /** Describes ("stupid", "useless"): abusive only when a person is nearby ("you are stupid"), never of a thing. */
    TARGET,
    /** Swearing ("damn", "shit"): offensive, never abusive by itself. */
    NONE
}
