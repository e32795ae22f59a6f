package com.serviceguardrails.empowerment;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigException;

import java.time.Instant;
import java.util.Set;

/** A small, readable configuration the empowerment specifications run against. */
final class Fixtures {
    /** Tier 1 < Team Lead < Manager; refunds in EUR only; two pre-approvals. */
    static final String CONFIG = """
            {"version": 1, "empowerment": {
              "timeZone": "Europe/Berlin",
              "roles": [
                {"role": "Tier 1", "limits": [
                  {"action": "refund", "currency": "EUR", "perTransaction": "50", "perAgentPerDay": "100", "perCustomer": "150", "customerWindowDays": 30}]},
                {"role": "Team Lead", "limits": [
                  {"action": "refund", "currency": "EUR", "perTransaction": "200", "perAgentPerDay": "500", "perCustomer": "400"}]},
                {"role": "Manager", "limits": [
                  {"action": "refund", "currency": "EUR", "perTransaction": "1000", "perCustomer": "2000"}]}
              ],
              "preApprovals": [
                {"name": "defective-exchange", "action": "exchange", "itemConditions": ["defective"], "maxPurchaseAgeDays": 7},
                {"name": "late-delivery", "action": "refund", "maxAmount": "10", "currency": "EUR", "reasons": ["late_delivery"]}
              ]}}
            """;

    /** Monday 10:00 in Berlin. */
    static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    private static int sequence;

    private Fixtures() {
    }

    private static final EmpowermentConfig PARSED = parse();

    static EmpowermentConfig config() {
        return PARSED;
    }

    private static EmpowermentConfig parse() {
        try {
            return ConfigCodec.parse(CONFIG).empowerment();
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    static LimitRequest refund(String amount, String agent, String customer, Instant at, String... roles) {
        return request(Action.REFUND, amount, "EUR", agent, customer, at, RequestFacts.NONE, roles);
    }

    static synchronized LimitRequest request(Action action, String amount, String currency, String agent, String customer,
                                             Instant at, RequestFacts facts, String... roles) {
        sequence++;
        return new LimitRequest("SD-" + sequence, "r" + sequence, agent, Set.of(roles), customer, action,
                Money.of(amount, currency), facts, at);
    }
}
