package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The live mode against a real HTTP server on 127.0.0.1 that serves recorded {@code /rest/api/2/search} pages
 * (5 issues, 2 a page) and misbehaves on cue. Waits are recorded instead of slept.
 */
public class JiraFetcherTest {

    private static final String TOKEN = "s3cret-token";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private HttpServer server;
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> clientPorts = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> waits = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** What to do with the n-th request (0-based) for a startAt; null serves the recorded page. */
    private volatile Function<Integer, Misbehaviour> script = n -> null;
    private final Map<String, AtomicInteger> seen = new HashMap<>();

    private interface Misbehaviour {
        void act(HttpExchange exchange, byte[] page) throws IOException;
    }

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jira/rest/api/2/search", this::serve);
        server.createContext("/jira/rest/api/2/issue/", this::serveComments);
        server.start();
    }

    @After
    public void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        query.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(query);
        clientPorts.add(exchange.getRemoteAddress().getPort());
        exchange.getRequestBody().readAllBytes();
        String startAt = query.get("startAt");
        int n;
        synchronized (seen) {
            n = seen.computeIfAbsent(startAt, s -> new AtomicInteger()).getAndIncrement();
        }
        byte[] page = recorded(startAt);
        Misbehaviour misbehaviour = "2".equals(startAt) ? script.apply(n) : null;
        if (misbehaviour != null) {
            misbehaviour.act(exchange, page);
            return;
        }
        respond(exchange, 200, page);
    }

    /** {@code /issue/{key}/comment?expand=properties}: one public reply and one internal note, as JSM stores them. */
    private void serveComments(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(Map.of("path", path, "expand", String.valueOf(exchange.getRequestURI().getQuery())));
        if (path.contains("HELP-1002")) {
            respond(exchange, 404, "{\"errorMessages\":[\"Issue Does Not Exist\"]}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String body = "{\"startAt\":0,\"maxResults\":5000,\"total\":2,\"comments\":["
                + ExportFixtures.comment("1", "olivia.hart", "\"Courier trace opened.\"", true) + ","
                + ExportFixtures.comment("2", "olivia.hart", "\"Sorry about the delay, a new parcel is on its way.\"", false) + "]}";
        respond(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] recorded(String startAt) throws IOException {
        try (InputStream in = JiraFetcherTest.class.getResourceAsStream("recorded/search-startAt-" + startAt + ".json")) {
            return in.readAllBytes();
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private JiraFetcher fetcher() throws FetchException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jira");
        return new JiraFetcher(base, TOKEN.toCharArray(), Duration.ofSeconds(5), Duration.ofSeconds(5), waits::add,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private JiraFetcher.Fetched fetch(Path pages) throws Exception {
        try (JiraFetcher fetcher = fetcher()) {
            return fetcher.fetch("project = HELP AND created >= -90d", Set.of("customfield_10201"), 2, false, pages);
        }
    }

    private static List<String> keys(Path pages) throws IOException {
        ExportFixtures.Collected collected = new ExportFixtures.Collected();
        new ExportReader(Set.of()).read(pages, collected, n -> { });
        assertEquals(List.of(), collected.problems);
        return collected.tickets.stream().map(ExportTicket::key).toList();
    }

    @Test
    public void pagesThroughTheSearchOverOneConnectionAndTheExportReadsBack() throws Exception {
        Path pages = folder.newFolder("pages").toPath();
        JiraFetcher.Fetched fetched = fetch(pages);
        assertEquals(5, fetched.issues());
        assertEquals(3, fetched.pagesFetched());
        assertEquals(List.of("0", "2", "4"), requests.stream().map(r -> r.get("startAt")).toList());
        Map<String, String> first = requests.get(0);
        assertEquals("project = HELP AND created >= -90d", first.get("jql"));
        assertEquals("2", first.get("maxResults"));
        assertEquals("Bearer " + TOKEN, first.get("authorization"));
        assertTrue(first.get("fields"), first.get("fields").contains("comment") && first.get("fields").contains("customfield_10201"));
        assertEquals("one kept-alive connection", 1, Set.copyOf(clientPorts).size());
        assertEquals(List.of("HELP-1001", "HELP-1002", "HELP-1003", "HELP-1004", "HELP-1005"), keys(pages));
        assertEquals(List.of(), waits);
    }

    @Test
    public void commentPropertiesAreFetchedPerIssueSoInternalNotesAreKnown() throws Exception {
        Path pages = folder.newFolder("pages").toPath();
        try (JiraFetcher fetcher = fetcher()) {
            fetcher.fetch("project = HELP", Set.of("customfield_10201"), 2, true, pages);
        }
        List<Map<String, String>> commentRequests = requests.stream().filter(r -> r.containsKey("path")).toList();
        assertEquals(5, commentRequests.size());
        assertEquals("/jira/rest/api/2/issue/HELP-1001/comment", commentRequests.get(0).get("path"));
        assertTrue(commentRequests.get(0).get("expand"), commentRequests.get(0).get("expand").contains("expand=properties"));
        ExportFixtures.Collected collected = new ExportFixtures.Collected();
        new ExportReader(Set.of("customfield_10201")).read(pages, collected, n -> { });
        ExportTicket first = collected.tickets.get(0);
        assertEquals(List.of(ExportComment.Visibility.INTERNAL, ExportComment.Visibility.PUBLIC),
                first.comments().stream().map(ExportComment::visibility).toList());
        // HELP-1002's comments are gone (404): the search's own comments are kept
        assertTrue(collected.tickets.get(1).comments().size() > 2);
        assertEquals("120.50", recordedAmount("0", "HELP-1001"));
        assertEquals("amounts stay exact when a page is rewritten", "120.50",
                first.customFields().get("customfield_10201").decimalValue().toPlainString());
    }

    private static String recordedAmount(String startAt, String key) throws IOException {
        JsonNode page = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(recorded(startAt));
        for (JsonNode issue : page.get("issues")) {
            if (issue.get("key").asText().equals(key)) {
                JsonNode amount = issue.path("fields").get("customfield_10201");
                return amount == null ? null : amount.decimalValue().toPlainString();
            }
        }
        return null;
    }

    @Test
    public void a429IsRetriedAfterTheServersRetryAfter() throws Exception {
        script = n -> n == 0 ? (exchange, page) -> {
            exchange.getResponseHeaders().set("Retry-After", "7");
            respond(exchange, 429, "{\"errorMessages\":[\"Rate limit exceeded\"]}".getBytes(StandardCharsets.UTF_8));
        } : null;
        JiraFetcher.Fetched fetched = fetch(folder.newFolder("pages").toPath());
        assertEquals(5, fetched.issues());
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(List.of("0", "2", "2", "4"), requests.stream().map(r -> r.get("startAt")).toList());
    }

    @Test
    public void a500IsRetriedWithBackoffThenSucceeds() throws Exception {
        script = n -> n < 2 ? (exchange, page) -> respond(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8)) : null;
        Path pages = folder.newFolder("pages").toPath();
        assertEquals(5, fetch(pages).issues());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        assertEquals(5, keys(pages).size());
    }

    @Test
    public void a401StopsAtOnceWithAMessageAboutTheToken() throws Exception {
        script = n -> (exchange, page) -> respond(exchange, 401, new byte[0]);
        Path pages = folder.newFolder("pages").toPath();
        try {
            fetch(pages);
            fail("a 401 must stop the fetch");
        } catch (FetchException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("401 Unauthorized") && e.getMessage().contains("token"));
            assertFalse("the token is never shown", e.getMessage().contains(TOKEN));
        }
        assertEquals("no retry on 401", 2, requests.size());
        assertEquals(List.of(), waits);
    }

    @Test
    public void aBadQueryShowsJirasOwnError() throws Exception {
        script = n -> (exchange, page) -> respond(exchange, 400,
                "{\"errorMessages\":[\"Field 'projet' does not exist.\"],\"errors\":{}}".getBytes(StandardCharsets.UTF_8));
        try {
            fetch(folder.newFolder("pages").toPath());
            fail("a 400 must stop the fetch");
        } catch (FetchException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Field 'projet' does not exist."));
        }
    }

    @Test
    public void aDroppedConnectionIsRetried() throws Exception {
        script = n -> n == 0 ? (exchange, page) -> {
            // promise the whole page, send half, hang up
            exchange.sendResponseHeaders(200, page.length);
            OutputStream out = exchange.getResponseBody();
            out.write(page, 0, page.length / 2);
            out.flush();
            // a handler that throws makes the JDK server close the connection mid-body
            throw new IOException("hang up");
        } : null;
        Path pages = folder.newFolder("pages").toPath();
        assertEquals(5, fetch(pages).issues());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
        String said = log.toString(StandardCharsets.UTF_8);
        assertTrue(said, said.contains("connection failed"));
        assertFalse("a hang-up, not a timeout: " + said, said.contains("Timeout"));
        assertEquals(5, keys(pages).size());
    }

    @Test
    public void anInterruptedFetchResumesWhereItStopped() throws Exception {
        script = n -> (exchange, page) -> respond(exchange, 503, new byte[0]);
        Path pages = folder.newFolder("pages").toPath();
        try {
            fetch(pages);
            fail("the retries must run out");
        } catch (FetchException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Run the same command again to resume"));
        }
        assertEquals(1 + JiraFetcher.MAX_ATTEMPTS, requests.size());
        requests.clear();
        script = n -> null;
        JiraFetcher.Fetched resumed = fetch(pages);
        assertTrue(resumed.resumed());
        assertEquals(List.of("2", "4"), requests.stream().map(r -> r.get("startAt")).toList());
        assertEquals(5, keys(pages).size());
    }

    @Test
    public void aDirectoryOfAnotherQueryIsNotMixedIn() throws Exception {
        Path pages = folder.newFolder("pages").toPath();
        fetch(pages);
        try (JiraFetcher fetcher = fetcher()) {
            fetcher.fetch("project = OTHER", Set.of("customfield_10201"), 2, false, pages);
            fail("pages of another query must not be mixed in");
        } catch (FetchException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("another query"));
        }
    }

    @Test
    public void plainHttpIsRefusedExceptToThisMachine() {
        try {
            JiraFetcher.checked(URI.create("http://jira.example.com"));
            fail("a token must not cross a network in clear");
        } catch (FetchException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("https://"));
        }
    }

    @Test
    public void queriesAreFetchedInCreationOrderUnlessTheyOrderThemselves() {
        assertEquals("project = HELP ORDER BY created ASC", JiraFetcher.inCreationOrder("project = HELP"));
        assertEquals("project = HELP order by key", JiraFetcher.inCreationOrder("project = HELP order by key"));
    }

    @Test
    public void retryAfterReadsSecondsAndHttpDates() {
        assertEquals(Duration.ofSeconds(30), JiraFetcher.retryAfter(" 30 "));
        assertEquals(Duration.ZERO, JiraFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(null, JiraFetcher.retryAfter("soon"));
    }
}
