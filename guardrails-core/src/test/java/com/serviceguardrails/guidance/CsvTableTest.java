package com.serviceguardrails.guidance;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class CsvTableTest {

    @Test
    public void quotesWhatNeedsQuotingAndDisarmsFormulas() {
        String csv = CsvTable.write(List.of("user", "reason"), List.of(
                List.of("ann", "customer said \"please\", twice"),
                List.of("bob", "=HYPERLINK(\"http://x\")"),
                List.of("cy", "line one\nline two")));
        assertEquals("user,reason\r\n"
                + "ann,\"customer said \"\"please\"\", twice\"\r\n"
                + "bob,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "cy,\"line one\nline two\"\r\n", csv);
    }

    @Test
    public void nullFieldsAreEmpty() {
        assertEquals("a,b\r\n,x\r\n", CsvTable.write(List.of("a", "b"), List.of(java.util.Arrays.asList(null, "x"))));
    }
}
