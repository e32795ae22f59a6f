package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static com.serviceguardrails.cli.backtest.ExportFixtures.issue;
import static com.serviceguardrails.cli.backtest.ExportFixtures.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Refund requests in custom fields, decided by the core policy with the bundled default limits (EUR 50 a refund for the Service Desk Team). */
public class RefundGuardrailTest {

    private static String refund(String key, String customer, String agent, String amount, String extra) {
        return issue(key, customer, agent, "\"customfield_10200\":{\"self\":\"x\",\"value\":\"Refund\",\"id\":\"1\"},"
                + "\"customfield_10201\":" + amount + ",\"customfield_10202\":\"EUR\"" + extra);
    }

    private static BacktestResult run(Map<String, Set<String>> roles, String... issues) throws Exception {
        GuardrailSet set = GuardrailSet.of("default", GuardrailsConfig.defaults(), new GuardrailSet.Context(roles, Language.EN));
        Backtest backtest = new Backtest(new Authorship(Set.of()), set, null);
        String json = page(0, issues.length, issues);
        new ExportReader(set.customFields()).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json", backtest);
        return backtest.report().result();
    }

    @Test
    public void aRefundOverTheAgentsLimitWouldHaveNeededApproval() throws Exception {
        BacktestResult result = run(Map.of(), refund("HELP-1", "maria", "tom", "120.00", ""), refund("HELP-2", "li", "tom", "20.00", ""));
        assertEquals(1, result.hits(RefundGuardrail.NAME));
        Hit hit = result.examples().get(0);
        assertEquals("HELP-1", hit.ticket());
        assertEquals("over_transaction_limit", hit.rule());
        assertEquals("advised", hit.action()); // the default configuration only advises
        assertEquals("refund 120.00 EUR", hit.text());
        assertTrue(hit.detail(), hit.detail().contains("Team Leads"));
    }

    @Test
    public void runningTotalsPerCustomerHoldAcrossTickets() throws Exception {
        BacktestResult result = run(Map.of(), refund("HELP-1", "maria", "tom", "45", ""),
                refund("HELP-2", "maria", "ana", "45", ""), refund("HELP-3", "maria", "tom", "45", ""));
        assertEquals(1, result.hits(RefundGuardrail.NAME));
        assertEquals("HELP-3", result.examples().get(0).ticket());
        assertEquals("over_customer_limit", result.examples().get(0).rule());
    }

    @Test
    public void aLeadMayGiveMoreAndPreApprovedCasesPass() throws Exception {
        BacktestResult result = run(Map.of("tom", Set.of("Team Leads")), refund("HELP-1", "maria", "tom", "120.00", ""),
                refund("HELP-2", "li", "ana", "8.00", ",\"customfield_10203\":\"late_delivery\""));
        assertEquals(0, result.hits(RefundGuardrail.NAME));
    }

    @Test
    public void unusableRefundFieldsAreReportedAndTheRunGoesOn() throws Exception {
        BacktestResult result = run(Map.of(), refund("HELP-1", "maria", "tom", "\"12,50\"", ""),
                refund("HELP-2", "li", "tom", "{\"weird\":true}", ""),
                refund("HELP-3", "jo", "tom", "99", ""));
        assertEquals(1, result.hits(RefundGuardrail.NAME));
        assertEquals(3L, (long) result.totals().skipped().get(InputProblem.Reason.UNREADABLE_CUSTOM_FIELD));
        assertTrue(result.problems().get(0).where().contains("HELP-1"));
        assertTrue(result.problems().get(0).message(), result.problems().get(0).message().contains("12,50"));
    }
}
