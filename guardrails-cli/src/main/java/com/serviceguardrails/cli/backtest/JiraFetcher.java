package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fetches the issues a JQL query finds from a live Jira / JSM 10.x over {@code GET /rest/api/2/search} into a
 * directory of page files, which {@link ExportReader} then reads like any export. One pooled connection is reused
 * across pages; connect and read timeouts apply; a 5xx or a dropped connection is retried with exponential backoff,
 * a 429 after the server's {@code Retry-After}; 400/401/403/404 stop with a message that says what to fix.
 *
 * <p>Resumable: each page is written atomically as {@code page-<startAt>.json} and then a manifest
 * ({@code .fetch-state.json}) records the query and the next {@code startAt}. Run the same command again after an
 * interruption and it carries on where it stopped; a directory holding another query's pages is refused.
 */
public final class JiraFetcher implements AutoCloseable {

    /** Waits between attempts; tests substitute one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** How a fetch ended. */
    public record Fetched(long issues, long total, int pagesFetched, boolean resumed) {
    }

    /** Hidden, so the export reader (which skips hidden files) never takes it for a page. */
    static final String MANIFEST = ".fetch-state.json";
    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** A search page larger than this is refused rather than buffered. */
    static final int MAX_PAGE_BYTES = 128 * 1024 * 1024;
    private static final Set<String> STANDARD_FIELDS = Set.of("summary", "created", "reporter", "assignee", "priority", "comment");

    private final URI base;
    private final String authorization;
    private final Sleeper sleeper;
    private final PrintStream log;
    private final CloseableHttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    /** For pages that are rewritten: amounts must stay exactly as Jira sent them. */
    private final ObjectMapper exact = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /**
     * @param base  Jira's base URL; https, or http only to this machine (a token must not cross a network in clear)
     * @param token a personal access token, sent as a bearer token
     */
    public JiraFetcher(URI base, char[] token, Duration connectTimeout, Duration readTimeout, Sleeper sleeper,
                       PrintStream log) throws FetchException {
        this.base = checked(base);
        this.authorization = "Bearer " + new String(token);
        this.sleeper = sleeper;
        this.log = log;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build())
                .disableAutomaticRetries() // retries are ours: they must honour Retry-After and count attempts
                .setUserAgent("service-guardrails-backtest")
                .build();
    }

    static URI checked(URI base) throws FetchException {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        String host = base.getHost() == null ? "" : base.getHost();
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new FetchException("--url must be an https:// URL (http:// only for this machine), got " + base);
        }
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        return base.resolve(path.isEmpty() ? "/" : path + "/");
    }

    /**
     * The query with {@code ORDER BY created ASC} added when it has no order of its own: running refund totals
     * and repeat-offence rules need tickets in the order they happened.
     */
    static String inCreationOrder(String jql) {
        return jql.toLowerCase(Locale.ROOT).contains("order by") ? jql : jql.trim() + " ORDER BY created ASC";
    }

    /** Fetches every issue {@code jql} finds into {@code pages}, resuming a fetch of the same query there. */
    /**
     * @param commentProperties also fetch each issue's comments with their properties
     *                          ({@code /rest/api/2/issue/{key}/comment?expand=properties}): the search does not
     *                          return them, and without JSM's {@code sd.public.comment} internal notes cannot be told
     *                          from replies. One more request per issue.
     */
    public Fetched fetch(String jql, Set<String> customFields, int pageSize, boolean commentProperties, Path pages)
            throws FetchException, IOException {
        Files.createDirectories(pages);
        Set<String> fields = new TreeSet<>(STANDARD_FIELDS);
        fields.addAll(customFields);
        String fieldList = String.join(",", fields);
        long startAt = 0;
        long total = -1;
        boolean resumed = false;
        Path manifest = pages.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            JsonNode saved = mapper.readTree(manifest.toFile());
            if (!base.toString().equals(saved.path("url").asText()) || !jql.equals(saved.path("jql").asText())
                    || !fieldList.equals(saved.path("fields").asText())) {
                throw new FetchException(pages + " holds pages of another query (" + saved.path("jql").asText()
                        + "); use another --pages directory");
            }
            startAt = saved.path("nextStartAt").asLong();
            total = saved.path("total").asLong(-1);
            if (saved.path("complete").asBoolean()) {
                log.println("Already fetched: " + total + " issues in " + pages);
                return new Fetched(startAt, total, 0, true);
            }
            resumed = startAt > 0;
            if (resumed) {
                log.println("Resuming at issue " + startAt + " of " + total);
            }
        } else if (hasPages(pages)) {
            throw new FetchException(pages + " already holds page files but no " + MANIFEST + "; use an empty --pages directory");
        }
        int fetched = 0;
        while (true) {
            URI uri = searchUri(jql, fieldList, startAt, pageSize);
            byte[] page = get(uri);
            JsonNode head = mapper.readTree(page);
            JsonNode issues = head.path("issues");
            if (!issues.isArray()) {
                throw new FetchException("Jira's answer to " + uri + " is not a search page (no \"issues\" array)");
            }
            total = head.path("total").asLong(total);
            if (commentProperties && !issues.isEmpty()) {
                page = withCommentProperties(page);
            }
            Path file = pages.resolve(String.format(Locale.ROOT, "page-%09d.json", startAt));
            Path temporary = pages.resolve(file.getFileName() + ".part");
            Files.write(temporary, page);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            fetched++;
            startAt += issues.size();
            boolean complete = issues.isEmpty() || startAt >= total;
            writeManifest(manifest, jql, fieldList, startAt, total, complete);
            log.printf(Locale.ROOT, "Fetched %d of %d issues%n", startAt, total);
            if (complete) {
                return new Fetched(startAt, total, fetched, resumed);
            }
        }
    }

    /** The page with each issue's {@code fields.comment} replaced by its comments fetched with their properties. */
    private byte[] withCommentProperties(byte[] page) throws FetchException, IOException {
        JsonNode tree = exact.readTree(page);
        for (JsonNode issue : tree.path("issues")) {
            String key = issue.path("key").asText("");
            JsonNode fields = issue.get("fields");
            if (key.isEmpty() || !(fields instanceof ObjectNode editable)) {
                continue; // the reader reports it
            }
            URI uri;
            try {
                uri = new URIBuilder(base.resolve("rest/api/2/issue"))
                        .appendPath(key).appendPath("comment")
                        .addParameter("expand", "properties")
                        .addParameter("maxResults", "5000")
                        .build();
            } catch (URISyntaxException e) {
                throw new FetchException("cannot build the comment URL for " + key + ": " + e.getMessage(), e);
            }
            try {
                JsonNode comments = exact.readTree(get(uri));
                if (comments.path("comments").isArray()) {
                    editable.set("comment", comments);
                }
            } catch (FetchException e) {
                if (!e.getMessage().startsWith("404")) {
                    throw e;
                }
                log.println(key + ": comments not found (deleted since the search?); keeping the search's");
            }
        }
        return exact.writeValueAsBytes(tree);
    }

    private URI searchUri(String jql, String fields, long startAt, int pageSize) throws FetchException {
        try {
            return new URIBuilder(base.resolve("rest/api/2/search"))
                    .addParameter("jql", jql)
                    .addParameter("startAt", Long.toString(startAt))
                    .addParameter("maxResults", Integer.toString(pageSize))
                    .addParameter("fields", fields)
                    .build();
        } catch (URISyntaxException e) {
            throw new FetchException("cannot build the search URL from " + base + ": " + e.getMessage(), e);
        }
    }

    /** One response, read whole: status, Retry-After, body. */
    private record Response(int status, String retryAfter, byte[] body) {
    }

    /** GET with retries: 5xx and dropped connections back off exponentially, 429 waits for Retry-After. */
    byte[] get(URI uri) throws FetchException {
        Duration backoff = FIRST_BACKOFF;
        String last = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Response response;
            try {
                HttpGet request = new HttpGet(uri);
                request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
                request.setHeader(HttpHeaders.ACCEPT, "application/json");
                response = client.execute(request, r -> {
                    Header retryAfter = r.getFirstHeader(HttpHeaders.RETRY_AFTER);
                    byte[] body = r.getEntity() == null ? new byte[0] : limited(r.getEntity().getContent());
                    EntityUtils.consume(r.getEntity());
                    return new Response(r.getCode(), retryAfter == null ? null : retryAfter.getValue(), body);
                });
            } catch (IOException e) {
                last = "connection failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                wait(attempt, backoff, last);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            if (status == 429) {
                last = "429 Too Many Requests";
                Duration wait = retryAfter(response.retryAfter());
                wait(attempt, wait == null ? backoff : wait, last);
                backoff = backoff.multipliedBy(2);
            } else if (status >= 500) {
                last = status + " server error";
                wait(attempt, backoff, last);
                backoff = backoff.multipliedBy(2);
            } else {
                throw new FetchException(refusal(status, uri, response.body()));
            }
        }
        throw new FetchException("gave up on " + uri + " after " + MAX_ATTEMPTS + " attempts; last: " + last
                + ". Run the same command again to resume.");
    }

    private void wait(int attempt, Duration duration, String why) throws FetchException {
        if (attempt == MAX_ATTEMPTS) {
            return;
        }
        Duration capped = duration.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : duration;
        log.println(why + "; retrying in " + capped.toSeconds() + " s (attempt " + (attempt + 1) + " of " + MAX_ATTEMPTS + ")");
        try {
            sleeper.sleep(capped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted; run the same command again to resume", e);
        }
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private String refusal(int status, URI uri, byte[] body) {
        return switch (status) {
            case 401 -> "401 Unauthorized: Jira refused the token. Check that it is a valid personal access token "
                    + "(Profile > Personal Access Tokens) and has not expired.";
            case 403 -> "403 Forbidden: the token's user may not run this search. Use an account that can browse the projects.";
            case 404 -> "404 Not Found at " + uri.getPath() + ": is --url Jira's base URL (e.g. https://jira.example.com)?";
            case 400 -> "400 Bad Request: Jira rejected the query: " + jiraErrors(body);
            default -> status + " from Jira: " + jiraErrors(body);
        };
    }

    /** Jira's {@code errorMessages} and {@code errors}, or the start of the body. */
    private String jiraErrors(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            StringBuilder out = new StringBuilder();
            node.path("errorMessages").forEach(m -> out.append(out.length() > 0 ? "; " : "").append(m.asText()));
            node.path("errors").fields().forEachRemaining(e ->
                    out.append(out.length() > 0 ? "; " : "").append(e.getKey()).append(": ").append(e.getValue().asText()));
            if (out.length() > 0) {
                return out.toString();
            }
        } catch (IOException ignored) {
            // not JSON: show the text
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "\u2026" : text;
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAGE_BYTES + 1);
        if (body.length > MAX_PAGE_BYTES) {
            throw new IOException("a search page larger than " + MAX_PAGE_BYTES + " bytes; use a smaller --page-size");
        }
        return body;
    }

    private static boolean hasPages(Path pages) throws IOException {
        try (var files = Files.list(pages)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("page-"));
        }
    }

    private void writeManifest(Path manifest, String jql, String fields, long nextStartAt, long total, boolean complete)
            throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("url", base.toString()).put("jql", jql).put("fields", fields)
                .put("nextStartAt", nextStartAt).put("total", total).put("complete", complete);
        Path temporary = manifest.resolveSibling(MANIFEST + ".part");
        mapper.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), node);
        Files.move(temporary, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
