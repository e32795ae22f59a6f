package com.serviceguardrails.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.EntryKey;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.empowerment.LedgerEntry;
import com.serviceguardrails.empowerment.Money;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A ledger kept in a file between CLI runs: an append-only log, one JSON object a line, either
 * {@code {"op":"record","issue":..,"action":..,"requestId":..,"agent":..,"customer":..,"amount":"30.00","currency":"EUR","at":..}}
 * or {@code {"op":"reverse","issue":..,"action":..,"requestId":..}}. {@link #update} holds an exclusive file lock
 * while it replays the log, decides and appends, so two CLI processes sharing a file keep the ledger's atomic
 * check-and-record contract too.
 */
final class LedgerFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerFile() {
    }

    /** Work done on the replayed ledger while the file is locked. */
    interface Step<T> {
        T run(InMemoryLedger ledger);
    }

    /**
     * Replays {@code file} (created if missing) into a ledger, runs {@code step}, and appends whatever the step
     * recorded or reversed; all under an exclusive lock on the file.
     */
    static <T> T update(Path file, Step<T> step) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            InMemoryLedger ledger = new InMemoryLedger();
            String log = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            int lineNumber = 0;
            for (String line : log.split("\n")) {
                lineNumber++;
                if (!line.isBlank()) {
                    replay(ledger, line, file, lineNumber);
                }
            }
            Map<EntryKey, LedgerEntry> before = new HashMap<>();
            ledger.entries().forEach(entry -> before.put(entry.key(), entry));
            T result = step.run(ledger);
            StringBuilder appended = new StringBuilder();
            for (LedgerEntry entry : ledger.entries()) {
                LedgerEntry earlier = before.get(entry.key());
                if (earlier == null) {
                    appended.append(record(entry)).append('\n');
                } else if (entry.reversed() && !earlier.reversed()) {
                    appended.append(reverse(entry.key())).append('\n');
                }
            }
            channel.position(channel.size());
            channel.write(ByteBuffer.wrap(appended.toString().getBytes(StandardCharsets.UTF_8)));
            return result;
        }
    }

    private static void replay(InMemoryLedger ledger, String line, Path file, int lineNumber) {
        try {
            JsonNode node = MAPPER.readTree(line);
            EntryKey key = new EntryKey(node.path("issue").asText(), action(node.path("action").asText()), node.path("requestId").asText());
            switch (node.path("op").asText()) {
                case "record" -> ledger.load(new LedgerEntry(key, node.path("agent").asText(), node.path("customer").asText(),
                        Money.of(node.path("amount").asText(), node.path("currency").asText()),
                        Instant.parse(node.path("at").asText()), false));
                case "reverse" -> ledger.reverse(key);
                default -> throw new IllegalArgumentException("unknown op \"" + node.path("op").asText() + "\"");
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ", line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static Action action(String name) {
        try {
            return Action.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action \"" + name + "\"; expected refund, exchange or credit");
        }
    }

    private static String record(LedgerEntry entry) {
        ObjectNode node = keyNode("record", entry.key());
        node.put("agent", entry.agent());
        node.put("customer", entry.customer());
        node.put("amount", entry.amount().amount().toPlainString());
        node.put("currency", entry.amount().currency().getCurrencyCode());
        node.put("at", entry.at().toString());
        return node.toString();
    }

    private static String reverse(EntryKey key) {
        return keyNode("reverse", key).toString();
    }

    private static ObjectNode keyNode(String op, EntryKey key) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("op", op);
        node.put("issue", key.issueKey());
        node.put("action", key.action().name().toLowerCase(Locale.ROOT));
        node.put("requestId", key.requestId());
        return node;
    }
}
