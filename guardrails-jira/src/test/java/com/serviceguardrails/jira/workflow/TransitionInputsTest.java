package com.serviceguardrails.jira.workflow;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Reading transientVars as Jira and JSM fill them. */
public class TransitionInputsTest {
    private static Map<String, Object> property(Object value) {
        return Map.of("commentProperty", value);
    }

    @Test
    public void jsmInternalNoteMarkIsRead() {
        assertTrue(TransitionInputs.isInternalComment(property(new String[] {
                "[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]"})));
    }

    @Test
    public void theMarkMayHoldItsValueAsJsonText() {
        assertTrue(TransitionInputs.isInternalComment(property(new String[] {
                "[{\"key\":\"sd.public.comment\",\"value\":\"{\\\"internal\\\":true}\"}]"})));
    }

    @Test
    public void aSharedCommentOrNoMarkIsPublic() {
        assertFalse(TransitionInputs.isInternalComment(property(new String[] {
                "[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]"})));
        assertFalse(TransitionInputs.isInternalComment(property(new String[] {"[{\"key\":\"other\",\"value\":{}}]"})));
        assertFalse(TransitionInputs.isInternalComment(Map.of()));
        assertFalse(TransitionInputs.isInternalComment(null));
    }

    @Test
    public void anUnreadablePropertyReadsAsAbsentNeverThrows() {
        assertFalse(TransitionInputs.isInternalComment(property(new String[] {"{not json", null})));
        assertFalse(TransitionInputs.isInternalComment(property(42)));
    }

    @Test
    public void commentAndIssueAreReadOrAbsent() {
        assertEquals("", TransitionInputs.comment(Map.of()));
        assertEquals("Hi", TransitionInputs.comment(Map.of("comment", "Hi")));
        assertNull(TransitionInputs.issue(Map.of("issue", "not an issue")));
    }
}
