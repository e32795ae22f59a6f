package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.guidance.Highlighter;
import com.serviceguardrails.guidance.TextSegment;
import com.serviceguardrails.text.HtmlText;

import java.util.List;

/** HTML escaping and highlighting for the report. Every string from an export or a config goes through here. */
final class Html {

    private Html() {
    }

    /** {@code text} safe as HTML element content and as a quoted attribute value. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** {@code text} escaped, with each span wrapped in {@code <mark>}; overlapping spans are merged, bad ones clipped. */
    static String highlight(String text, List<Hit.Span> spans) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (TextSegment segment : Highlighter.segments(text, spans, Hit.Span::start, Hit.Span::end, span -> "")) {
            if (segment.highlighted()) {
                out.append("<mark>").append(escape(segment.text())).append("</mark>");
            } else {
                out.append(escape(segment.text()));
            }
        }
        return out.toString();
    }
}
