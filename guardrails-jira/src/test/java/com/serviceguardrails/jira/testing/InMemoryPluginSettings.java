package com.serviceguardrails.jira.testing;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

/**
 * SAL settings held in memory, one global store shared by every factory call (as Jira's is). The SAL types are
 * Mockito mocks that delegate to this class rather than implementations of it, so this double does not depend on
 * the stubs declaring only some of SAL's methods and still compiles against the real SAL (a method the plugin does
 * not use fails when called).
 */
public final class InMemoryPluginSettings {
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final PluginSettings global = mock(PluginSettings.class, delegatesTo(this));
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class, delegatesTo(this));

    /** The SAL factory to hand to the code under test. */
    public PluginSettingsFactory factory() {
        return factory;
    }

    public PluginSettings createSettingsForKey(String key) {
        throw new UnsupportedOperationException("the plugin uses global settings only");
    }

    public PluginSettings createGlobalSettings() {
        return global;
    }

    public Object get(String key) {
        Object value = values.get(key);
        // SAL hands back copies: callers must not be able to change the store without put
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    public Object put(String key, Object value) {
        if (!(value instanceof String || value instanceof List)) {
            throw new IllegalArgumentException("SAL stores String, List, Map or Properties, not " + value);
        }
        return values.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
    }

    public Object remove(String key) {
        return values.remove(key);
    }
}
