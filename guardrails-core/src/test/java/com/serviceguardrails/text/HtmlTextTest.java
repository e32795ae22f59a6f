package com.serviceguardrails.text;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class HtmlTextTest {

    @Test
    public void markupQuotesAndControlCharactersAreNeutralised() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;&amp;&#39;y&#39;)&lt;/script&gt;", HtmlText.escape("<script>alert(\"x\"&'y')</script>"));
        assertEquals("a\n\tb\uFFFD", HtmlText.escape("a\n\tb\u0007"));
        assertEquals("", HtmlText.escape(null));
    }
}
