package com.serviceguardrails.opening;

import java.util.List;

/** A sentence of a reply's body: its words and where it starts and ends in the original text. */
record Sentence(List<Token> tokens, int start, int end) {
}
