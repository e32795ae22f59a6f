package com.serviceguardrails.jira.testing;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SAL settings held in memory, one global store shared by every factory call (as Jira's is). */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        throw new UnsupportedOperationException("the plugin uses global settings only");
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        Object value = values.get(key);
        // SAL hands back copies: callers must not be able to change the store without put
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    @Override
    public Object put(String key, Object value) {
        if (!(value instanceof String || value instanceof List)) {
            throw new IllegalArgumentException("SAL stores String, List, Map or Properties, not " + value);
        }
        return values.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }
}
