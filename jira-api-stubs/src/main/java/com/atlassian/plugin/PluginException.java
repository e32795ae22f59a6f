package com.atlassian.plugin;

/** Stub of the plugin framework's unchecked base exception (superclass assumed RuntimeException, as recalled). */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
