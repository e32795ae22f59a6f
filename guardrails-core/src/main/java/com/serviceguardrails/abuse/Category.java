package com.serviceguardrails.abuse;

/** What kind of offensive language a finding is. Every category but {@code PROFANITY} is abuse when aimed at people. */
public enum Category {
    /** Swearing not aimed at anyone ("this damn thing"). Offensive, not abusive. */
    PROFANITY,
    INSULT,
    /** A slur against a group of people. */
    SLUR,
    THREAT,
    HARASSMENT,
    SEXUAL_HARASSMENT,
    /** Revealing or threatening to reveal where someone lives, their address, family, etc. */
    DOXXING,
    /** Belittling or mocking ("too dumb to read the manual"). */
    BELITTLING;

    /** True for the categories that make a message abusive. */
    public boolean isAbuse() {
        return this != PROFANITY;
    }
}
