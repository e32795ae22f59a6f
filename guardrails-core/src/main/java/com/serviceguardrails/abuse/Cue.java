package com.serviceguardrails.abuse;

/** Words that tell whom a term is aimed at or whether it counts ({@code cues-<lang>.tsv}); bit flags. */
final class Cue {
    /** "you", "your", "du", "tu", "usted". */
    static final int SECOND_PERSON = 1;
    /** "agent", "guy", "staff": a person. */
    static final int PERSON = 1 << 1;
    /** "people", "women", "immigrants": a group. */
    static final int GROUP = 1 << 2;
    /** "app", "printer", "thing": an object, so "stupid app" is not abuse. */
    static final int THING = 1 << 3;
    /** "not", "never", "nicht", "pas". */
    static final int NEGATION = 1 << 4;
    /** "called", "said", "told": reported speech, someone else's words. */
    static final int REPORT = 1 << 5;
    /** "I", "I'm", "ich", "je": said of oneself ("I'm such an idiot"). */
    static final int SELF = 1 << 6;
    /** "it", "this", "das", "ça": a thing named by a pronoun, which qualifies a term before it, not after ("so stupid it hurts"). */
    static final int PRONOUN = 1 << 7;

    private Cue() {
    }

    static int parse(String name) {
        return switch (name) {
            case "second_person" -> SECOND_PERSON;
            case "person" -> PERSON;
            case "group" -> GROUP;
            case "thing" -> THING;
            case "negation" -> NEGATION;
            case "report" -> REPORT;
            case "self" -> SELF;
            case "pronoun" -> PRONOUN;
            default -> throw new IllegalArgumentException("unknown cue " + name);
        };
    }
}
