package com.serviceguardrails.opening;

/**
 * A word of a reply: its folded form, where it is in the original text, whether it was capitalised, and the
 * punctuation that separates it from the word before ({@code ','}, {@code ':'}, {@code '!'}, {@code '-'} or 0).
 */
record Token(String word, int start, int end, boolean capitalised, char separatorBefore) {
}
