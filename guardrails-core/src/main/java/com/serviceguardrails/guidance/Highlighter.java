package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a message into plain and highlighted {@link TextSegment}s from the findings' spans. Spans that overlap are
 * merged (the first finding's rule names the merged piece), spans past the end of the text are clipped, and the
 * text is never altered: joining the segments gives it back exactly.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static List<TextSegment> segments(String text, List<Finding> findings) {
        String body = text == null ? "" : text;
        List<Finding> sorted = new ArrayList<>(findings == null ? List.of() : findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        List<TextSegment> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            Finding first = sorted.get(i);
            int start = Math.max(Math.min(first.start(), body.length()), at);
            int end = Math.min(first.end(), body.length());
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, Math.min(sorted.get(i).end(), body.length()));
                i++;
            }
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new TextSegment(body.substring(at, start), null));
            }
            out.add(new TextSegment(body.substring(start, end), first.rule()));
            at = end;
        }
        if (at < body.length()) {
            out.add(new TextSegment(body.substring(at), null));
        }
        return List.copyOf(out);
    }
}
