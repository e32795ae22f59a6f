package com.serviceguardrails.empowerment;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class EntryKeyTest {

    @Test
    public void theTextFormNamesIssueActionAndRequest() {
        assertEquals("SD-1/refund/r1", new EntryKey(" SD-1 ", Action.REFUND, "r1").toString());
    }

    @Test
    public void aKeyTooLongToIndexIsRefusedNotTruncated() {
        String request = "r".repeat(LimitRequest.MAX_ID_LENGTH);
        String issue = "I".repeat(EntryKey.MAX_TEXT_LENGTH - request.length() - "exchange".length() - 2);
        assertEquals(EntryKey.MAX_TEXT_LENGTH, new EntryKey(issue, Action.EXCHANGE, request).toString().length());
        try {
            new EntryKey(issue + "I", Action.EXCHANGE, request);
            fail("a key past the limit must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("the limit is 450"));
        }
    }
}
