package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Cuts a message into plain and highlighted {@link TextSegment}s from the findings' spans. Spans that overlap are
 * merged (the first finding's rule names the merged piece), spans past the end of the text are clipped, and the
 * text is never altered: joining the segments gives it back exactly.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static List<TextSegment> segments(String text, List<Finding> findings) {
        return segments(text, findings, Finding::start, Finding::end, Finding::rule);
    }

    /**
     * The same for any kind of span (the backtest's opening spans, say): {@code rule} names a highlighted piece and
     * must not return null.
     */
    public static <S> List<TextSegment> segments(String text, List<S> spans, ToIntFunction<S> start,
                                                 ToIntFunction<S> end, Function<S, String> rule) {
        String body = text == null ? "" : text;
        List<S> sorted = new ArrayList<>(spans == null ? List.of() : spans);
        sorted.sort(Comparator.comparingInt(start).thenComparingInt(end));
        List<TextSegment> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            S first = sorted.get(i);
            int from = Math.max(Math.min(start.applyAsInt(first), body.length()), at);
            int to = Math.min(end.applyAsInt(first), body.length());
            i++;
            while (i < sorted.size() && start.applyAsInt(sorted.get(i)) < to) {
                to = Math.max(to, Math.min(end.applyAsInt(sorted.get(i)), body.length()));
                i++;
            }
            if (to <= from) {
                continue;
            }
            if (from > at) {
                out.add(new TextSegment(body.substring(at, from), null));
            }
            out.add(new TextSegment(body.substring(from, to), rule.apply(first)));
            at = to;
        }
        if (at < body.length()) {
            out.add(new TextSegment(body.substring(at), null));
        }
        return List.copyOf(out);
    }
}
