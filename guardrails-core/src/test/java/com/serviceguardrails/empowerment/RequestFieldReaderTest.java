package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RequestFieldReaderTest {

    private static final Instant AT = Instant.parse("2026-11-16T09:00:00Z");
    private final RequestFieldReader reader = new RequestFieldReader(RequestFields.DEFAULTS, ZoneOffset.UTC);

    private RequestFieldReader.Result read(Map<String, String> values) {
        return reader.read(values, "SD-1", "1", "ann", Set.of("Service Desk Team"), "carl", AT);
    }

    @Test
    public void readsARequestFromTheConfiguredFields() {
        RequestFieldReader.Result result = read(Map.of("customfield_10200", "Exchange", "customfield_10201", "19.9",
                "customfield_10202", "EUR", "customfield_10204", "2026-11-10T08:00:00.000+0100",
                "customfield_10206", "Defective"));
        LimitRequest request = result.request().orElseThrow();
        assertEquals(Action.EXCHANGE, request.action());
        assertEquals(Money.of("19.90", "EUR"), request.amount());
        assertEquals(new RequestFacts(null, 6, "defective", null), request.facts());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    public void anIssueWithoutAnActionHoldsNoRequest() {
        RequestFieldReader.Result result = read(Map.of("customfield_10201", "10"));
        assertTrue(result.request().isEmpty());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    public void badMoneyMeansNoRequestAndSaysWhichField() {
        RequestFieldReader.Result result = read(Map.of("customfield_10200", "refund", "customfield_10201", "10.001",
                "customfield_10202", "EUR"));
        assertTrue(result.request().isEmpty());
        assertEquals("customfield_10201 (amount): amount 10.001 has more decimals than EUR allows (2)", result.problems().get(0));
        assertEquals("customfield_10202 (currency): currency \"EURO\" is not an ISO 4217 code (three capital letters, like EUR)",
                read(Map.of("customfield_10200", "refund", "customfield_10201", "1", "customfield_10202", "EURO")).problems().get(0));
    }

    @Test
    public void anUnreadableFactIsLeftUnknownAndTheRequestStillCounts() {
        RequestFieldReader.Result result = read(Map.of("customfield_10200", "refund", "customfield_10201", "5",
                "customfield_10202", "EUR", "customfield_10205", "three"));
        assertEquals(null, result.request().orElseThrow().facts().purchaseAgeDays());
        assertTrue(result.problems().get(0), result.problems().get(0).startsWith("customfield_10205 (purchaseAgeDays)"));
    }

    @Test
    public void withoutAGivenIdTheRequestIsIdentifiedByWhatItAsksSoARepeatIsCountedOnce() {
        Map<String, String> values = Map.of("customfield_10200", "refund", "customfield_10201", "40.5", "customfield_10202", "eur");
        LimitRequest first = reader.read(values, "SD-1", null, "ann", Set.of(), "carl", AT).request().orElseThrow();
        LimitRequest again = reader.read(values, "SD-1", null, "bob", Set.of(), "carl", AT.plusSeconds(60)).request().orElseThrow();
        assertEquals("refund:40.50:EUR", first.requestId());
        assertEquals(first.key(), again.key());
    }
}
