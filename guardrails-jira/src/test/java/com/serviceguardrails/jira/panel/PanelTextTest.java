package com.serviceguardrails.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Test;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class PanelTextTest {

    /** A resolver over a fixed bundle, as SAL formats it (MessageFormat), recording what it was asked. */
    private static final class Bundle implements I18nResolver {
        final Map<String, String> texts = Map.of("greeting", "Hi {0}, {1} open", "title", "Questions to answer");
        final List<Serializable[]> asked = new ArrayList<>();

        @Override
        public String getText(String key, Serializable... arguments) {
            asked.add(arguments);
            return MessageFormat.format(texts.getOrDefault(key, key), (Object[]) arguments);
        }

        @Override
        public String getText(String key) {
            return texts.getOrDefault(key, key);
        }
    }

    private final Bundle bundle = new Bundle();
    private final PanelText text = new PanelText(bundle);

    @Test
    public void aKeyGivesTheViewersTextAndAnUnknownKeyComesBackAsItIs() {
        assertEquals("Questions to answer", text.getText("title"));
        assertEquals("service-guardrails.nope", text.getText("service-guardrails.nope"));
    }

    @Test
    public void argumentsFillThePlaceholdersAndOnesThatAreNotSerializableArePassedAsText() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "two";
            }
        };
        assertEquals("Hi Maria, two open", text.getText("greeting", "Maria", notSerializable));
        assertArrayEquals(new Serializable[]{"Maria", "two"}, bundle.asked.get(0));
        assertEquals("Hi Maria, 3 open", text.getText("greeting", "Maria", 3));
        assertEquals(3, bundle.asked.get(1)[1]);
        text.getText("greeting", "Maria", null);
        assertNull(bundle.asked.get(2)[1]);
    }

    @Test
    public void noArgumentsIsTheOneArgumentLookUp() {
        assertEquals("Questions to answer", text.getText("title", new Object[0]));
        assertEquals("Questions to answer", text.getText("title", (Object[]) null));
        assertEquals("no formatting call when there is nothing to fill", 0, bundle.asked.size());
    }

    @Test
    public void itNeedsAResolver() {
        assertThrows(NullPointerException.class, () -> new PanelText(null));
    }

    /** Exactly the public methods the descriptor's velocity-allowlist names (the harness enforces the list too). */
    @Test
    public void itsPublicMethodsAreTheTwoTheAllowlistNames() {
        List<String> methods = new ArrayList<>();
        for (Method method : PanelText.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                methods.add(method.getName() + Arrays.toString(method.getParameterTypes()));
            }
        }
        methods.sort(null);
        assertEquals(List.of("getText[class java.lang.String, class [Ljava.lang.Object;]", "getText[class java.lang.String]"), methods);
    }
}
