package com.serviceguardrails.cli.backtest;

import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class HtmlTest {

    @Test
    public void escapesMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;\uFFFD",
                Html.escape("<script>alert(\"x\")</script> & '\u0007"));
    }

    @Test
    public void highlightsSpansAndEscapesInsideAndOutsideThem() {
        assertEquals("you &lt;b&gt; <mark>idiot</mark> &amp; <mark>moron</mark>!",
                Html.highlight("you <b> idiot & moron!", List.of(new Hit.Span(16, 21), new Hit.Span(8, 13))));
    }

    @Test
    public void quietWeeksAreFilledInSoTheChartDoesNotCloseGaps() {
        Map<String, Map<String, Long>> weeks = new LinkedHashMap<>();
        weeks.put("2025-W52", Map.of("opening", 2L));
        weeks.put("2026-W02", Map.of("opening", 1L));
        assertEquals(List.of("2025-W52", "2026-W01", "2026-W02"), List.copyOf(HtmlReport.everyWeek(weeks).keySet()));
        assertEquals(Map.of(), HtmlReport.everyWeek(weeks).get("2026-W01"));
    }

    @Test
    public void overlappingAndOutOfRangeSpansNeverBreakTheText() {
        assertEquals("<mark>abcd</mark>ef",
                Html.highlight("abcdef", List.of(new Hit.Span(0, 3), new Hit.Span(2, 4), new Hit.Span(9, 12), new Hit.Span(5, 5))));
    }
}
