package com.serviceguardrails.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.Cancellation;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.LimitRequestJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code guardrails refund}: decides one refund, exchange or credit request against the configuration and a
 * ledger, and prints the outcome and its one-sentence explanation. The request comes as JSON ({@code --json} or
 * {@code --json-file}, {@code -} for standard input) or as flags. Without {@code --ledger} the ledger is empty and
 * in memory; with it, the file keeps running totals between runs.
 */
@Command(name = "refund", mixinStandardHelpOptions = true,
        description = {"Decide a refund, exchange or credit request: approved, needs_approval or denied, with the reason.",
                "Exit code 0 for any decision, 1 when the request, configuration or ledger is invalid."})
final class RefundCommand implements Callable<Integer> {

    enum Lang { en, de, fr, es }

    @Mixin
    ConfigOption config;

    @Option(names = "--ledger", paramLabel = "FILE",
            description = "Ledger file (JSON lines, created if missing) holding earlier approvals; default: an empty in-memory ledger.")
    Path ledgerFile;

    @Option(names = "--dry-run", description = "Decide without recording the approval in the ledger.")
    boolean dryRun;

    @Option(names = "--cancel", description = "Cancel (reverse) the approved request with this issue, action and request id.")
    boolean cancel;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the explanation: ${COMPLETION-CANDIDATES} (default: en).")
    Lang lang;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--json", paramLabel = "JSON", description = "The request as a JSON object.")
        String json;

        @Option(names = "--json-file", paramLabel = "FILE", description = "A file holding the request as JSON; - for standard input.")
        Path jsonFile;

        @ArgGroup(exclusive = false)
        Flags flags;
    }

    static final class Flags {
        @Option(names = "--issue", required = true, description = "Issue key, e.g. SD-123.")
        String issue;
        @Option(names = "--request-id", defaultValue = "1", description = "Request id, unique per issue and action (default: 1).")
        String requestId;
        @Option(names = "--agent", required = true, description = "The agent asking.")
        String agent;
        @Option(names = "--role", description = "A role the agent holds; repeat for several.")
        List<String> roles;
        @Option(names = "--customer", required = true, description = "The customer.")
        String customer;
        @Option(names = "--action", defaultValue = "refund", description = "refund, exchange or credit (default: refund).")
        String action;
        @Option(names = "--amount", required = true, description = "Amount, e.g. 49.99.")
        String amount;
        @Option(names = "--currency", required = true, description = "ISO 4217 currency, e.g. EUR.")
        String currency;
        @Option(names = "--reason", description = "Fact for pre-approval rules, e.g. late_delivery.")
        String reason;
        @Option(names = "--purchase-age-days", description = "Fact: whole days since purchase.")
        Integer purchaseAgeDays;
        @Option(names = "--item-condition", description = "Fact: e.g. defective.")
        String itemCondition;
        @Option(names = "--customer-tier", description = "Fact: e.g. gold.")
        String customerTier;
        @Option(names = "--at", description = "When, as an ISO instant (default: now).")
        String at;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try {
            GuardrailsConfig settings = config.load(System.err).orElse(null);
            if (settings == null) {
                return 1;
            }
            LimitRequest request = LimitRequestJson.read(requestJson(), Instant.now());
            LedgerFile.Step<String> step = ledger -> run(new EmpowermentPolicy(settings.empowerment(), ledger), request);
            out.println(ledgerFile == null ? step.run(new InMemoryLedger()) : LedgerFile.update(ledgerFile, step));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("error: cannot read or write " + e.getMessage());
            return 1;
        }
    }

    private String run(EmpowermentPolicy policy, LimitRequest request) {
        Locale locale = Locale.forLanguageTag(lang.name());
        if (cancel) {
            Cancellation cancellation = policy.cancel(request.key());
            return (cancellation.reversed() ? "cancelled" : "unchanged") + "\n" + cancellation.explanation(locale);
        }
        Decision decision = dryRun ? policy.preview(request) : policy.decide(request);
        return decision.outcome().name().toLowerCase(Locale.ROOT) + "\n" + decision.explanation(locale);
    }

    private String requestJson() throws IOException {
        if (source == null) {
            throw new IllegalArgumentException("give the request with --json, --json-file or the flags (--issue, --agent, --customer, --amount, --currency, ...)");
        }
        if (source.json != null) {
            return source.json;
        }
        if (source.jsonFile != null) {
            return "-".equals(source.jsonFile.toString())
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(source.jsonFile, StandardCharsets.UTF_8);
        }
        Flags f = source.flags;
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("issue", f.issue).put("requestId", f.requestId).put("agent", f.agent).put("customer", f.customer)
                .put("action", f.action.toLowerCase(Locale.ROOT)).put("amount", f.amount).put("currency", f.currency);
        if (f.roles != null) {
            f.roles.forEach(node.putArray("roles")::add);
        }
        if (f.reason != null) {
            node.put("reason", f.reason);
        }
        if (f.purchaseAgeDays != null) {
            node.put("purchaseAgeDays", f.purchaseAgeDays);
        }
        if (f.itemCondition != null) {
            node.put("itemCondition", f.itemCondition);
        }
        if (f.customerTier != null) {
            node.put("customerTier", f.customerTier);
        }
        if (f.at != null) {
            node.put("at", f.at);
        }
        return node.toString();
    }
}
