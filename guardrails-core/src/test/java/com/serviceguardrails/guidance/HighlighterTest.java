package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class HighlighterTest {

    private static Finding finding(int start, int end, String rule) {
        return new Finding(start, end, Category.INSULT, rule, Language.EN);
    }

    private static String join(List<TextSegment> segments) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    @Test
    public void marksTheFlaggedWordsAndKeepsTheRestAsText() {
        String text = "You are an idiot and a moron.";
        List<TextSegment> segments = Highlighter.segments(text, List.of(finding(23, 28, "en:moron"), finding(11, 16, "en:idiot")));
        assertEquals(List.of(
                new TextSegment("You are an ", null),
                new TextSegment("idiot", "en:idiot"),
                new TextSegment(" and a ", null),
                new TextSegment("moron", "en:moron"),
                new TextSegment(".", null)), segments);
    }

    @Test
    public void overlappingSpansMergeAndOutOfRangeSpansAreClipped() {
        String text = "total idiot";
        List<TextSegment> segments = Highlighter.segments(text, List.of(finding(0, 8, "a"), finding(6, 99, "b"), finding(50, 60, "c")));
        assertEquals(List.of(new TextSegment("total idiot", "a")), segments);
        assertEquals(text, join(segments));
    }

    @Test
    public void scriptInCustomerTextStaysPlainText() {
        String text = "<script>alert(1)</script> you idiot";
        List<TextSegment> segments = Highlighter.segments(text, List.of(finding(30, 35, "en:idiot")));
        assertEquals("<script>alert(1)</script> you ", segments.get(0).text());
        assertEquals(text, join(segments));
    }

    @Test
    public void noFindingsGiveOnePlainSegmentAndNullTextGivesNone() {
        assertEquals(List.of(new TextSegment("fine", null)), Highlighter.segments("fine", List.of()));
        assertEquals(List.of(), Highlighter.segments(null, null));
    }
}
