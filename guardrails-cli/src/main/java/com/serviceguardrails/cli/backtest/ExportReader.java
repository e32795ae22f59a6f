package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Streams the tickets of a Jira REST export: the JSON that {@code GET /rest/api/2/search} returns, one page or
 * several pages concatenated in a file, or a directory of such files (read in name order). Memory stays flat: the
 * parser holds one issue at a time, whatever the size of a page or file.
 *
 * <p>Bad input never stops the run. Each problem goes to the {@link Listener} with the file and line:column, and
 * reading goes on: a bad issue or comment is skipped; a JSON syntax error or a truncated file loses the rest of
 * that file only (a streaming parser cannot resynchronise inside broken JSON), and the next file is read.
 */
public final class ExportReader {

    /** Receives the tickets in export order, and the problems met on the way. */
    public interface Listener {
        void ticket(ExportTicket ticket);

        void problem(InputProblem problem);
    }

    /** JSM's comment property that says whether a comment is visible to the customer. */
    static final String JSM_PUBLIC_PROPERTY = "sd.public.comment";

    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ObjectMapper mapper;
    private final Set<String> customFieldIds;

    /** @param customFieldIds the custom fields to keep from each issue (those the configuration names) */
    public ExportReader(Set<String> customFieldIds) {
        // One comment body may be long, but not absurdly so; deep nesting is never legitimate in an export.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(8 * 1024 * 1024)
                        .build())
                .build();
        // amounts stay exact: 120.50 must not become the double 120.5
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.customFieldIds = Set.copyOf(customFieldIds);
    }

    /** The export files under {@code path} in the order they are read: the file itself, or a directory's JSON files by name. */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> Files.isRegularFile(p) && isPageFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    /** A directory's page files: {@code *.json}, not hidden (the live fetcher keeps its state in a hidden file). */
    private static boolean isPageFile(String name) {
        return name.endsWith(".json") && !name.startsWith(".");
    }

    /** Reads every file of {@code path} (see {@link #files}); {@code bytesRead} hears of progress in bytes. */
    public void read(Path path, Listener listener, LongConsumer bytesRead) throws IOException {
        List<Path> files = files(path);
        if (files.isEmpty()) {
            listener.problem(new InputProblem(path.toString(), InputProblem.Reason.UNREADABLE_FILE,
                    "no page files (*.json) in this directory"));
        }
        for (Path file : files) {
            String name = path.equals(file) ? file.toString() : path.relativize(file).toString();
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytesRead)) {
                read(in, name, listener);
            } catch (IOException e) {
                listener.problem(new InputProblem(name, InputProblem.Reason.UNREADABLE_FILE, "cannot read: " + e.getMessage()));
            }
        }
    }

    /** Reads one stream of concatenated search pages; {@code name} is how messages call it. */
    public void read(InputStream in, String name, Listener listener) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(new BufferedInputStream(in, 1 << 16))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    listener.problem(problem(name, parser.currentTokenLocation(), InputProblem.Reason.NOT_AN_ISSUE,
                            "expected a search page (a JSON object with \"issues\"), found " + token.asString()));
                    parser.skipChildren();
                    continue;
                }
                readPage(parser, name, listener);
            }
        } catch (JsonEOFException e) {
            listener.problem(problem(name, e.getLocation(), InputProblem.Reason.TRUNCATED_FILE,
                    "the file ends in the middle of a JSON value (truncated?); the rest of it is lost"));
        } catch (JsonProcessingException e) {
            listener.problem(problem(name, e.getLocation(), InputProblem.Reason.MALFORMED_JSON,
                    "not valid JSON (" + e.getOriginalMessage() + "); the rest of this file is skipped"));
        }
    }

    private void readPage(JsonParser parser, String name, Listener listener) throws IOException {
        boolean sawIssues = false;
        JsonLocation pageStart = parser.currentTokenLocation();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("issues".equals(field) && value == JsonToken.START_ARRAY) {
                sawIssues = true;
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    JsonLocation at = parser.currentTokenLocation();
                    if (item != JsonToken.START_OBJECT) {
                        listener.problem(problem(name, at, InputProblem.Reason.NOT_AN_ISSUE, "an issue must be a JSON object"));
                        parser.skipChildren();
                        continue;
                    }
                    JsonNode issue = parser.readValueAsTree();
                    toTicket(issue, name + ":" + at.getLineNr() + ":" + at.getColumnNr(), listener);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!sawIssues) {
            listener.problem(problem(name, pageStart, InputProblem.Reason.NOT_AN_ISSUE,
                    "a JSON object without an \"issues\" array is not a Jira search page; skipped"));
        }
    }

    private void toTicket(JsonNode issue, String where, Listener listener) {
        String key = text(issue.get("key"));
        JsonNode fields = issue.get("fields");
        if (key.isEmpty() || fields == null || !fields.isObject()) {
            String id = key.isEmpty() ? text(issue.get("id")) : key;
            listener.problem(new InputProblem(where + (id.isEmpty() ? "" : " " + id), InputProblem.Reason.NOT_AN_ISSUE,
                    "an issue needs a \"key\" and a \"fields\" object; skipped"));
            return;
        }
        String here = where + " " + key;
        Map<String, JsonNode> custom = new HashMap<>();
        for (String id : customFieldIds) {
            JsonNode value = fields.get(id);
            if (value != null && !value.isNull()) {
                custom.put(id, value);
            }
        }
        List<ExportComment> comments = new ArrayList<>();
        JsonNode commentField = fields.get("comment");
        JsonNode list = commentField == null ? null : commentField.get("comments");
        if (list != null && list.isArray()) {
            int index = 0;
            for (JsonNode comment : list) {
                index++;
                ExportComment read = toComment(comment, here, index, listener);
                if (read != null) {
                    comments.add(read);
                }
            }
            JsonNode total = commentField.get("total");
            if (total != null && total.canConvertToInt() && total.asInt() > list.size()) {
                listener.problem(new InputProblem(here, InputProblem.Reason.COMMENTS_MISSING, "the issue has "
                        + total.asInt() + " comments but the export holds " + list.size() + "; only those are evaluated"));
            }
        }
        JsonNode priority = fields.get("priority");
        listener.ticket(new ExportTicket(key, date(fields.get("created")), Person.from(fields.get("reporter")),
                Person.from(fields.get("assignee")), priority == null ? "" : text(priority.get("name")),
                custom, comments, where));
    }

    private static ExportComment toComment(JsonNode comment, String here, int index, Listener listener) {
        String id = text(comment.get("id"));
        String where = here + " comment " + (id.isEmpty() ? "#" + index : id);
        JsonNode body = comment.get("body");
        if (body == null || !body.isTextual() || body.asText().isBlank()) {
            listener.problem(new InputProblem(where, InputProblem.Reason.COMMENT_WITHOUT_BODY,
                    "a comment without a body; skipped"));
            return null;
        }
        return new ExportComment(id.isEmpty() ? "#" + index : id, Person.from(comment.get("author")), body.asText(),
                date(comment.get("created")), visibility(comment));
    }

    /**
     * JSM Data Center stores the flag as the comment property {@code sd.public.comment} = {@code {"internal": true}};
     * Cloud-style exports carry {@code jsdPublic}. Without either, visibility is unknown.
     */
    static ExportComment.Visibility visibility(JsonNode comment) {
        JsonNode properties = comment.get("properties");
        if (properties != null && properties.isArray()) {
            for (JsonNode property : properties) {
                if (JSM_PUBLIC_PROPERTY.equals(text(property.get("key")))) {
                    JsonNode internal = property.path("value").get("internal");
                    if (internal != null) {
                        boolean isInternal = internal.isBoolean() ? internal.asBoolean() : "true".equals(internal.asText());
                        return isInternal ? ExportComment.Visibility.INTERNAL : ExportComment.Visibility.PUBLIC;
                    }
                }
            }
        }
        JsonNode jsdPublic = comment.get("jsdPublic");
        if (jsdPublic != null && jsdPublic.isBoolean()) {
            return jsdPublic.asBoolean() ? ExportComment.Visibility.PUBLIC : ExportComment.Visibility.INTERNAL;
        }
        return ExportComment.Visibility.UNKNOWN;
    }

    /** Jira's date format ({@code 2026-03-02T09:15:00.000+0000}) or ISO-8601 with an offset; null when neither. */
    static Instant date(JsonNode node) {
        String text = text(node);
        if (text.isEmpty()) {
            return null;
        }
        Instant fast = jiraDate(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, JIRA_DATE).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /**
     * Jira's own format read by position: every comment has two dates, and the general formatter was a tenth of
     * the run time. Null when {@code text} is not exactly that shape (the general parsers then try).
     */
    static Instant jiraDate(String t) {
        if (t.length() != 28 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || (t.charAt(23) != '+' && t.charAt(23) != '-')) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int millis = digits(t, 20, 23);
        int offsetHours = digits(t, 24, 26);
        int offsetMinutes = digits(t, 26, 28);
        if ((year | month | day | hour | minute | second | millis | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        try {
            int offset = (t.charAt(23) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                    .toInstant(ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code t[from, to)}, or -1 if any character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }

    private static InputProblem problem(String name, JsonLocation at, InputProblem.Reason reason, String message) {
        String where = at == null || at.getLineNr() < 0 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new InputProblem(where, reason, message);
    }

    /** Reports bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private final LongConsumer bytesRead;

        CountingInputStream(InputStream in, LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead.accept(n);
            }
            return n;
        }
    }
}
