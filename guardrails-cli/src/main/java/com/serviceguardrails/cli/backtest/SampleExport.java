package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.serviceguardrails.empowerment.RequestFields;
import com.serviceguardrails.text.Language;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a realistic Jira REST export (search pages) of helpdesk tickets in English, German, French and Spanish,
 * from hand-written messages ({@code sample-messages-<lang>.tsv}) and people ({@code sample-people.tsv}) combined by
 * a seeded generator: the same seed gives the same export, byte for byte. Tickets follow scenarios seen in real
 * service desks (well handled, non-apology, abusive customer, belittling agent, refund over a limit, ...), carry
 * JSM's {@code sd.public.comment} property on most comments, and refund requests carry the custom fields the
 * empowerment configuration names. Streams pages to disk, so a million comments need no more memory than ten.
 */
public final class SampleExport {

    /** The kinds of message in the data files. */
    enum Kind {
        SUMMARY, OPENING, FOLLOWUP, VENTING, LAWFUL, ABUSIVE, THANKS, APOLOGY, ACK, NONAPOLOGY, BELITTLING, PLAIN,
        REFUNDREPLY, INTERNAL
    }

    private record Agent(String id, String name, Language language) {
    }

    private record Customer(String id, String first, String last, Language language) {
    }

    /** One comment before it is written: author, text and whether JSM marks it internal. */
    private record Draft(boolean byAgent, Kind kind, boolean internal) {
    }

    private static final Instant END = Instant.parse("2026-02-27T17:00:00Z");
    private static final int DAYS_COVERED = 91;
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    private static final String BASE_URL = "https://jira.example.com";

    private final Map<Language, Map<Kind, List<String>>> messages = new EnumMap<>(Language.class);
    private final Map<Language, List<Agent>> agents = new EnumMap<>(Language.class);
    private final Map<Language, List<Customer>> customers = new EnumMap<>(Language.class);
    private final List<String> items = new ArrayList<>();
    private final RequestFields fields;
    private final Random random;
    private final JsonFactory json = new JsonFactory();

    public SampleExport(long seed, RequestFields fields) {
        this.random = new Random(seed);
        this.fields = fields;
        for (Language language : Language.values()) {
            Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
            for (String[] row : rows("sample-messages-" + language.code() + ".tsv", 2)) {
                byKind.computeIfAbsent(Kind.valueOf(row[0].toUpperCase(Locale.ROOT)), k -> new ArrayList<>())
                        .add(row[1].replace("\\n", "\n"));
            }
            messages.put(language, byKind);
        }
        for (String[] row : rows("sample-people.tsv", 4)) {
            switch (row[0]) {
                case "agent" -> agents.computeIfAbsent(language(row[1]), l -> new ArrayList<>())
                        .add(new Agent(row[2], row[3], language(row[1])));
                case "customer" -> customers.computeIfAbsent(language(row[1]), l -> new ArrayList<>())
                        .add(new Customer((row[2] + "." + row[3]).toLowerCase(Locale.ROOT), row[2], row[3], language(row[1])));
                case "item" -> items.add(row[2] + (row.length > 3 ? " " + row[3] : ""));
                default -> throw new IllegalStateException("sample-people.tsv: unknown kind " + row[0]);
            }
        }
    }

    /**
     * Writes {@code tickets} tickets into {@code dir} as {@code page-NNNN.json} files of {@code pageSize} issues.
     *
     * @param commentsPerTicket 0 for each scenario's natural length, else exactly this many comments a ticket
     * @return the number of comments written
     */
    public long write(Path dir, int tickets, int pageSize, int commentsPerTicket, boolean pretty) throws IOException {
        Files.createDirectories(dir);
        long comments = 0;
        Instant[] created = new Instant[tickets];
        for (int i = 0; i < tickets; i++) {
            created[i] = END.minus(Duration.ofMinutes(random.nextInt(DAYS_COVERED * 24 * 60)));
        }
        Arrays.sort(created); // export in creation order: running refund totals depend on it
        for (int start = 0; start < tickets; start += pageSize) {
            Path file = dir.resolve(String.format(Locale.ROOT, "page-%04d.json", start / pageSize));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                 JsonGenerator page = json.createGenerator(out)) {
                if (pretty) {
                    page.useDefaultPrettyPrinter();
                }
                int end = Math.min(tickets, start + pageSize);
                page.writeStartObject();
                page.writeStringField("expand", "schema,names");
                page.writeNumberField("startAt", start);
                page.writeNumberField("maxResults", pageSize);
                page.writeNumberField("total", tickets);
                page.writeArrayFieldStart("issues");
                for (int i = start; i < end; i++) {
                    comments += issue(page, i, created[i], commentsPerTicket);
                }
                page.writeEndArray();
                page.writeEndObject();
            }
        }
        return comments;
    }

    private int issue(JsonGenerator out, int index, Instant created, int commentsPerTicket) throws IOException {
        Language language = pickLanguage();
        int scenario = random.nextInt(100);
        boolean refund = scenario >= 82;
        boolean abusive = scenario >= 52 && scenario < 64;
        // a few customers come back: running refund totals and repeat-offence rules need them
        List<Customer> pool = customers.get(language);
        Customer customer = refund && random.nextInt(3) == 0 ? pool.get(0)
                : abusive && random.nextInt(5) < 2 ? pool.get(1) : pick(pool);
        Agent agent = pick(agents.get(language));
        Map<String, String> values = new HashMap<>();
        values.put("customer", customer.first());
        values.put("agent", agent.name().substring(0, agent.name().indexOf(' ')));
        values.put("item", pick(items));
        values.put("order", Integer.toString(100_000 + random.nextInt(900_000)));
        values.put("days", Integer.toString(3 + random.nextInt(25)));
        String currency = language == Language.EN && random.nextInt(10) < 4 ? "USD" : "EUR";
        BigDecimal amount = refund ? amount() : BigDecimal.ZERO;
        values.put("amount", amount.toPlainString());
        values.put("currency", currency);
        List<Draft> drafts = scenario(scenario, commentsPerTicket);
        boolean jsm = random.nextInt(100) < 85; // older tickets predate JSM's visibility property
        String key = "HELP-" + (1001 + index);

        out.writeStartObject();
        out.writeStringField("expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields");
        out.writeStringField("id", Integer.toString(20_000 + index));
        out.writeStringField("self", BASE_URL + "/rest/api/2/issue/" + (20_000 + index));
        out.writeStringField("key", key);
        out.writeObjectFieldStart("fields");
        out.writeStringField("summary", fill(pick(messages.get(language).get(Kind.SUMMARY)), values));
        out.writeStringField("created", date(created));
        out.writeFieldName("reporter");
        user(out, customer.id(), customer.first() + " " + customer.last(), customer.id() + "@example.com");
        out.writeFieldName("assignee");
        user(out, agent.id(), agent.name(), agent.id() + "@helpdesk.example.com");
        out.writeObjectFieldStart("priority");
        out.writeStringField("name", pick(List.of("Low", "Medium", "Medium", "Medium", "High")));
        out.writeEndObject();
        out.writeObjectFieldStart("status");
        out.writeStringField("name", pick(List.of("Resolved", "Closed", "Waiting for customer", "In Progress")));
        out.writeEndObject();
        if (refund) {
            refundFields(out, amount, currency, created);
        }
        out.writeObjectFieldStart("comment");
        out.writeArrayFieldStart("comments");
        Instant at = created;
        for (int c = 0; c < drafts.size(); c++) {
            Draft draft = drafts.get(c);
            at = at.plus(Duration.ofMinutes(20 + random.nextInt(60 * 30)));
            String text = fill(pick(messages.get(language).get(draft.kind())), values);
            out.writeStartObject();
            String id = Integer.toString(500_000 + index * 64 + c);
            out.writeStringField("self", BASE_URL + "/rest/api/2/issue/" + (20_000 + index) + "/comment/" + id);
            out.writeStringField("id", id);
            out.writeFieldName("author");
            if (draft.byAgent()) {
                user(out, agent.id(), agent.name(), agent.id() + "@helpdesk.example.com");
            } else {
                user(out, customer.id(), customer.first() + " " + customer.last(), customer.id() + "@example.com");
            }
            out.writeStringField("body", text);
            out.writeStringField("created", date(at));
            out.writeStringField("updated", date(at));
            if (jsm) {
                out.writeArrayFieldStart("properties");
                out.writeStartObject();
                out.writeStringField("key", ExportReader.JSM_PUBLIC_PROPERTY);
                out.writeObjectFieldStart("value");
                out.writeBooleanField("internal", draft.internal());
                out.writeEndObject();
                out.writeEndObject();
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNumberField("maxResults", drafts.size());
        out.writeNumberField("total", drafts.size());
        out.writeNumberField("startAt", 0);
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        return drafts.size();
    }

    /** The comments of a ticket, by scenario (the shares are rough figures from real service desks). */
    private List<Draft> scenario(int roll, int commentsPerTicket) {
        List<Draft> d = new ArrayList<>();
        d.add(customer(Kind.OPENING));
        if (roll < 28) { // handled well
            d.add(agent(random.nextBoolean() ? Kind.APOLOGY : Kind.ACK));
            d.add(customer(Kind.FOLLOWUP));
            d.add(agent(pick(List.of(Kind.APOLOGY, Kind.ACK, Kind.PLAIN))));
            d.add(customer(Kind.THANKS));
        } else if (roll < 42) { // non-apology, the customer gets annoyed
            d.add(agent(Kind.NONAPOLOGY));
            d.add(customer(pick(List.of(Kind.VENTING, Kind.LAWFUL, Kind.FOLLOWUP))));
            d.add(agent(Kind.APOLOGY));
        } else if (roll < 52) { // a question first, no opener
            d.add(agent(Kind.PLAIN));
            d.add(customer(Kind.FOLLOWUP));
            d.add(agent(random.nextBoolean() ? Kind.APOLOGY : Kind.ACK));
            d.add(customer(Kind.THANKS));
        } else if (roll < 64) { // abusive customer
            d.add(agent(pick(List.of(Kind.PLAIN, Kind.ACK, Kind.NONAPOLOGY))));
            d.add(customer(Kind.ABUSIVE));
            d.add(new Draft(true, Kind.INTERNAL, true));
            d.add(agent(random.nextBoolean() ? Kind.APOLOGY : Kind.ACK));
            if (random.nextInt(3) == 0) {
                d.add(customer(Kind.ABUSIVE));
            }
        } else if (roll < 74) { // frustrated, swearing at the situation, not at anyone
            d.add(agent(Kind.ACK));
            d.add(customer(Kind.VENTING));
            d.add(agent(Kind.APOLOGY));
            d.add(customer(Kind.THANKS));
        } else if (roll < 82) { // belittling agent
            d.add(agent(Kind.BELITTLING));
            d.add(customer(pick(List.of(Kind.LAWFUL, Kind.VENTING))));
            d.add(agent(Kind.APOLOGY));
        } else { // refund request
            d.add(agent(Kind.REFUNDREPLY));
            d.add(customer(random.nextBoolean() ? Kind.THANKS : Kind.FOLLOWUP));
        }
        if (commentsPerTicket > 0) {
            while (d.size() < commentsPerTicket) {
                d.add(d.size() % 2 == 1 ? agent(pick(List.of(Kind.PLAIN, Kind.ACK, Kind.APOLOGY))) : customer(Kind.FOLLOWUP));
            }
            return new ArrayList<>(d.subList(0, commentsPerTicket));
        }
        return d;
    }

    private static Draft customer(Kind kind) {
        return new Draft(false, kind, false);
    }

    private static Draft agent(Kind kind) {
        return new Draft(true, kind, false);
    }

    private void refundFields(JsonGenerator out, BigDecimal amount, String currency, Instant created) throws IOException {
        String action = random.nextInt(10) < 8 ? "Refund" : random.nextBoolean() ? "Exchange" : "Credit";
        option(out, fields.action(), action);
        out.writeNumberField(fields.amount(), amount);
        option(out, fields.currency(), currency);
        String reason = amount.compareTo(BigDecimal.TEN) <= 0 && random.nextBoolean()
                ? "late_delivery" : pick(List.of("defective", "damaged", "duplicate_charge", "late_delivery", "wrong_item"));
        option(out, fields.reason(), reason);
        out.writeStringField(fields.purchaseDate(),
                created.minus(Duration.ofDays(1 + random.nextInt(40))).atZone(ZoneOffset.UTC).toLocalDate().toString());
        option(out, fields.itemCondition(), pick(List.of("defective", "damaged", "unopened", "used")));
        option(out, fields.customerTier(), random.nextInt(5) == 0 ? "gold" : "standard");
    }

    /** Refund amounts: mostly small, a third between the agent's and the lead's limit, a tenth above both. */
    private BigDecimal amount() {
        int band = random.nextInt(10);
        double value = band < 6 ? 5 + random.nextDouble() * 45 : band < 9 ? 50 + random.nextDouble() * 200 : 250 + random.nextDouble() * 650;
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static void option(JsonGenerator out, String field, String value) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("value", value);
        out.writeEndObject();
    }

    private static void user(JsonGenerator out, String key, String name, String email) throws IOException {
        out.writeStartObject();
        out.writeStringField("self", BASE_URL + "/rest/api/2/user?username=" + key);
        out.writeStringField("name", key);
        out.writeStringField("key", key);
        out.writeStringField("emailAddress", email);
        out.writeStringField("displayName", name);
        out.writeBooleanField("active", true);
        out.writeEndObject();
    }

    private Language pickLanguage() {
        int roll = random.nextInt(100);
        return roll < 45 ? Language.EN : roll < 65 ? Language.DE : roll < 83 ? Language.FR : Language.ES;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String value = values.get(template.substring(open + 1, close));
            out.append(template, at, open).append(value == null ? template.substring(open, close + 1) : value);
            at = close + 1;
        }
        return out.append(template.substring(at)).toString();
    }

    private static String date(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(JIRA_DATE);
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown language " + code));
    }

    /** Tab-separated rows of a bundled data file, without comments and blank lines; at least {@code columns - 1} columns. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SampleExport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", columns);
                if (row.length < columns - 1) {
                    throw new IllegalStateException(resource + ": a row needs " + columns + " columns: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
