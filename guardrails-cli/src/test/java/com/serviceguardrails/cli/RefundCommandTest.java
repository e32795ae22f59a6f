package com.serviceguardrails.cli;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RefundCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    /** Exit code, standard output, standard error. */
    private record Run(int code, String out, String err) {
    }

    private static Run cli(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(outBuffer, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
            int code = GuardrailsCli.run(args);
            return new Run(code, outBuffer.toString(StandardCharsets.UTF_8), errBuffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static Run refund(Path ledger, String issue, String customer, String amount, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("refund", "--ledger", ledger.toString(), "--issue", issue,
                "--agent", "ann", "--role", "Service Desk Team", "--customer", customer, "--amount", amount,
                "--currency", "EUR", "--at", "2026-11-16T09:00:00Z"));
        args.addAll(List.of(extra));
        return cli("", args.toArray(String[]::new));
    }

    @Test
    public void aLedgerFileCarriesRunningTotalsBetweenRunsSoTwo45sCannotBeatA50Cap() throws Exception {
        Path ledger = folder.getRoot().toPath().resolve("ledger.jsonl");
        assertEquals("approved", refund(ledger, "SD-1", "carl", "45").out().lines().findFirst().orElseThrow());
        assertEquals("approved", refund(ledger, "SD-2", "carl", "45").out().lines().findFirst().orElseThrow());
        Run third = refund(ledger, "SD-3", "carl", "45");
        assertEquals(0, third.code());
        assertEquals("needs_approval\nNeeds approval by Team Leads: this refund would bring the customer's total over 30 days"
                + " to 135.00 EUR, over the limit of 100.00 EUR.\n", third.out());
        assertEquals(2, Files.readAllLines(ledger).size());
    }

    @Test
    public void cancellingFreesTheAmountAndRetriesAreNotCountedAgain() throws Exception {
        Path ledger = folder.getRoot().toPath().resolve("ledger.jsonl");
        refund(ledger, "SD-1", "carl", "40");
        refund(ledger, "SD-1", "carl", "40");
        assertEquals("a retry of the same request is not recorded again", 1, Files.readAllLines(ledger).size());
        refund(ledger, "SD-2", "carl", "40");
        assertTrue(refund(ledger, "SD-3", "carl", "40", "--dry-run").out().startsWith("needs_approval"));
        assertTrue(refund(ledger, "SD-1", "carl", "40", "--cancel").out().startsWith("cancelled"));
        assertTrue(refund(ledger, "SD-3", "carl", "40", "--dry-run").out().startsWith("approved"));
        assertEquals("two records and a reversal; a dry run records nothing", 3, Files.readAllLines(ledger).size());
    }

    @Test
    public void takesTheRequestAsJsonAndExplainsInTheAgentsLanguage() {
        Run run = cli("{\"issue\":\"SD-9\",\"requestId\":\"r1\",\"agent\":\"bo\",\"roles\":[\"Service Desk Team\"],"
                + "\"customer\":\"eve\",\"action\":\"refund\",\"amount\":\"80\",\"currency\":\"EUR\"}",
                "refund", "--json-file", "-", "--lang", "fr");
        assertEquals(0, run.code());
        assertEquals("needs_approval\nApprobation requise par Team Leads : remboursement de 80.00 EUR dépasse votre limite"
                + " par transaction de 50.00 EUR.\n", run.out());
    }

    @Test
    public void badMoneyIsAClearErrorNamingTheField() {
        Run decimals = cli("", "refund", "--issue", "SD-1", "--agent", "a", "--customer", "c", "--amount", "1.234", "--currency", "EUR");
        assertEquals(1, decimals.code());
        assertTrue(decimals.err(), decimals.err().contains("amount: amount 1.234 has more decimals than EUR allows (2)"));
        Run currency = cli("", "refund", "--json", "{\"issue\":\"S\",\"requestId\":\"1\",\"agent\":\"a\",\"customer\":\"c\","
                + "\"action\":\"refund\",\"amount\":5,\"currency\":\"ZZZ\"}");
        assertEquals(1, currency.code());
        assertTrue(currency.err(), currency.err().contains("currency: currency \"ZZZ\" is not a known ISO 4217 currency"));
    }

    @Test
    public void escalatePrintsOnePlanPerCommentAndARepeatedInsultOnlyAddsWhatIsNew() {
        Run run = cli("you are an idiot\nthank you\nyou are an idiot\n", "escalate");
        assertEquals(0, run.code());
        String[] plans = run.out().split("\n");
        assertEquals(3, plans.length);
        assertTrue(plans[0], plans[0].contains("\"type\":\"raise_priority\",\"priority\":\"High\""));
        assertTrue(plans[1], plans[1].contains("\"actions\":[]"));
        assertTrue("same rule again: nothing new to do: " + plans[2], plans[2].contains("\"actions\":[]"));
    }
}
