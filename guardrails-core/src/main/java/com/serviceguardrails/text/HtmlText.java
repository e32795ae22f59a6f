package com.serviceguardrails.text;

/** Text made safe for HTML. Every user string that reaches a page goes through {@link #escape}. */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * {@code text} safe as HTML element content and as a quoted attribute value; control characters other than tab
     * and line breaks (invalid in HTML) become U+FFFD. {@code null} gives {@code ""}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
