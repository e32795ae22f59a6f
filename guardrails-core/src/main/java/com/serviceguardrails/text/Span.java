package com.serviceguardrails.text;

/**
 * A stretch of an original text, as UTF-16 indices: {@code text.substring(start, end)}. Checks report spans of
 * the text they were given, never of a normalised copy, so a UI can highlight exactly what was judged.
 */
public record Span(int start, int end) {

    /** The empty span at the start of a text. */
    public static final Span EMPTY = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The spanned text, or {@code ""} when the span does not fit {@code text}. */
    public String of(CharSequence text) {
        return text != null && end <= text.length() ? text.subSequence(start, end).toString() : "";
    }
}
