package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.text.HtmlText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** HTML escaping and highlighting for the report. Every string from an export or a config goes through here. */
final class Html {

    private Html() {
    }

    /** {@code text} safe as HTML element content and as a quoted attribute value. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** {@code text} escaped, with each span wrapped in {@code <mark>}; overlapping or bad spans are merged or dropped. */
    static String highlight(String text, List<Hit.Span> spans) {
        List<Hit.Span> sorted = new ArrayList<>();
        for (Hit.Span span : spans) {
            int start = Math.max(0, span.start());
            int end = Math.min(text.length(), span.end());
            if (start < end) {
                sorted.add(new Hit.Span(start, end));
            }
        }
        sorted.sort(Comparator.comparingInt(Hit.Span::start));
        List<Hit.Span> merged = new ArrayList<>();
        for (Hit.Span span : sorted) {
            Hit.Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Hit.Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (Hit.Span span : merged) {
            out.append(escape(text.substring(at, span.start()))).append("<mark>")
                    .append(escape(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }
}
