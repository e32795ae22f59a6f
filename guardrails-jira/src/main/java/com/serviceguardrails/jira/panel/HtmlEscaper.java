package com.serviceguardrails.jira.panel;

import com.serviceguardrails.text.HtmlText;

/**
 * The escaping helper templates get as {@code $esc}: they print every string as {@code $esc.escapeHtml(x)}. Its name
 * ends in {@code Html}, which Jira's Velocity auto-escaping treats as already safe, so text is escaped exactly once
 * whether auto-escaping is on or off.
 */
public final class HtmlEscaper {

    public String escapeHtml(Object value) {
        return value == null ? "" : HtmlText.escape(String.valueOf(value));
    }
}
