package com.serviceguardrails.guidance;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class MacroPreviewTest {

    @Test
    public void rendersWithSampleValuesAndWithTheFallbacks() {
        MacroPreview preview = MacroPreview.of("Hi ${customer.firstName|there}, sorry for the wait on ${issue.key}.");
        assertTrue(preview.valid());
        assertEquals("Hi Maria, sorry for the wait on SD-123.", preview.text());
        assertEquals("Hi there, sorry for the wait on.", preview.fallbackText());
    }

    @Test
    public void anUnknownPlaceholderIsAProblemAsValidationWouldSayIt() {
        MacroPreview preview = MacroPreview.of("Hi ${customer.nmae}, sorry.");
        assertFalse(preview.valid());
        assertNull(preview.text());
        assertEquals(List.of("unknown placeholder ${customer.nmae}"), preview.problems());
    }

    @Test
    public void aBlankTemplateIsAProblem() {
        assertEquals(List.of("must not be blank"), MacroPreview.of("  ").problems());
    }

    @Test
    public void everyEnginePlaceholderIsListedWithItsSampleValue() {
        List<MacroPreview.Placeholder> placeholders = MacroPreview.placeholders();
        assertEquals(6, placeholders.size());
        assertEquals(new MacroPreview.Placeholder("customer.firstName", "Maria"), placeholders.get(0));
        for (MacroPreview.Placeholder placeholder : placeholders) {
            assertTrue(placeholder.name(), MacroPreview.of("${" + placeholder.name() + "}").valid());
            assertEquals(placeholder.sample(), MacroPreview.of("${" + placeholder.name() + "}").text());
        }
    }
}
