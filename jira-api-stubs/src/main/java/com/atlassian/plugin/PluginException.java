package com.atlassian.plugin;

/**
 * Stub of the plugin framework's unchecked base exception. Confirmed for atlassian-plugins 4.4.10 (the real class also has
 * the constructors {@code ()}, {@code (Throwable)}, {@code (String, Throwable)}, left out):
 * https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginException.html ; the version
 * in Jira 10.3 not seen.
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
