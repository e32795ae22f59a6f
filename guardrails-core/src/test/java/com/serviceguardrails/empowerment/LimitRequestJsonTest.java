package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class LimitRequestJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    public void readsEveryFieldExactly() {
        LimitRequest request = LimitRequestJson.read("""
                {"issue": "SD-1", "requestId": "r1", "agent": "ann", "roles": ["Tier 1", "Team Lead"], "customer": "carl",
                 "action": "exchange", "amount": 0.10, "currency": "EUR", "reason": "Late_Delivery",
                 "purchaseAgeDays": 3, "itemCondition": "defective", "customerTier": "gold", "at": "2026-11-01T10:00:00Z"}
                """, NOW);
        assertEquals(Money.of("0.10", "EUR"), request.amount());
        assertEquals(Set.of("Tier 1", "Team Lead"), request.agentRoles());
        assertEquals(new RequestFacts("late_delivery", 3, "defective", "gold"), request.facts());
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), request.at());
        assertEquals(new EntryKey("SD-1", Action.EXCHANGE, "r1"), request.key());
    }

    @Test
    public void everyProblemIsNamedByField() {
        try {
            LimitRequestJson.read("{\"issue\": \"SD-1\", \"agent\": \"\", \"customer\": \"c\", \"action\": \"refund\","
                    + " \"amount\": \"12.345\", \"currency\": \"EUR\", \"at\": \"yesterday\", \"colour\": 1}", NOW);
            fail("invalid request accepted");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            for (String expected : new String[] {"requestId: is required", "agent: must not be blank",
                    "amount: amount 12.345 has more decimals than EUR allows (2)", "at: expected an ISO instant",
                    "colour: unknown field"}) {
                assertTrue(message, message.contains(expected));
            }
        }
    }
}
