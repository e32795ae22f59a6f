package com.atlassian.plugin;

/** Stub of the exception {@link com.atlassian.plugin.web.ContextProvider#init} declares (atlassian-plugins 2.9 javadoc). */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
