package com.serviceguardrails.jira.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The webhook sender against a real HTTP server on 127.0.0.1. */
public class WebhookSenderTest {
    private static final byte[] KEY = "s3cret".getBytes(StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    /**
     * Short backoff, but timeouts far beyond any stall of a loaded CI machine: a held request must not time out
     * (and be retried) while a test is still looking at the queue. Only the timeout test uses a short one.
     */
    private static final WebhookSender.Settings FAST = new WebhookSender.Settings(2, Duration.ofSeconds(60),
            Duration.ofSeconds(60), 3, Duration.ofMillis(10), Duration.ofMillis(40), 1024);
    /** How long a test waits for something that normally takes milliseconds; only reached when it is broken. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** One received request. */
    private record Received(String body, String delivery, String timestamp, String signature, String contentType) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    private volatile IntSupplier status = () -> 200;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private WebhookSender sender;

    @Before
    public void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        sender = sender(FAST);
    }

    private WebhookSender sender(WebhookSender.Settings settings) {
        return new WebhookSender(() -> KEY, settings, new WebhookSender.Outcomes() {
            @Override
            public void delivered(URI url, String deliveryId, int code, int attempts) {
                outcomes.add("delivered " + code + " after " + attempts);
            }

            @Override
            public void failed(URI url, String deliveryId, String reason, int attempts) {
                outcomes.add("failed after " + attempts + ": " + reason);
            }
        }, CLOCK);
    }

    @After
    public void stop() {
        hold.countDown();
        sender.destroy();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            hold.await(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var headers = exchange.getRequestHeaders();
        received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                headers.getFirst(WebhookSender.DELIVERY_HEADER), headers.getFirst(WebhookSender.TIMESTAMP_HEADER),
                headers.getFirst(WebhookSender.SIGNATURE_HEADER), headers.getFirst("Content-Type")));
        exchange.sendResponseHeaders(status.getAsInt(), -1);
        exchange.close();
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    private String nextOutcome() throws InterruptedException {
        String outcome = outcomes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull("no outcome within " + PATIENCE, outcome);
        return outcome;
    }

    @Test
    public void aMessageArrivesAsJsonSignedWithHmacSha256OfTimestampAndBody() throws Exception {
        String json = "{\"issueKey\":\"SD-1\",\"rule\":\"threat\"}";
        assertTrue(sender.submit(hook(), json));

        assertEquals("delivered 200 after 1", nextOutcome());
        Received message = received.get(0);
        assertEquals(json, message.body());
        assertEquals("1795334400", message.timestamp());
        assertEquals("sha256=" + WebhookSender.sign(KEY, message.timestamp(), json), message.signature());
        assertFalse(message.signature().equals("sha256=" + WebhookSender.sign("other".getBytes(StandardCharsets.UTF_8),
                message.timestamp(), json)));
        assertTrue(message.contentType(), message.contentType().startsWith("application/json"));
    }

    @Test
    public void serverErrorsAreRetriedWithTheSameDeliveryIdUntilSuccess() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        status = () -> calls.incrementAndGet() < 3 ? 503 : 204;
        assertTrue(sender.submit(hook(), "{}"));

        assertEquals("delivered 204 after 3", nextOutcome());
        assertEquals(3, received.size());
        assertEquals(1, received.stream().map(Received::delivery).distinct().count());
    }

    @Test
    public void aClientErrorIsFinalAndNotRetried() throws Exception {
        status = () -> 404;
        assertTrue(sender.submit(hook(), "{}"));
        assertEquals("failed after 1: HTTP 404", nextOutcome());
        assertEquals(1, received.size());
    }

    @Test
    public void anEndpointThatNeverAnswersTimesOutAndFailsAfterTheLastAttempt() throws Exception {
        hold = new CountDownLatch(1);   // the server holds every request past the 300 ms response timeout
        WebhookSender impatient = sender(new WebhookSender.Settings(2, Duration.ofSeconds(5), Duration.ofMillis(300), 2,
                Duration.ofMillis(10), Duration.ofMillis(10), 1024));
        try {
            assertTrue(impatient.submit(hook(), "{}"));
            String outcome = nextOutcome();
            assertTrue(outcome, outcome.startsWith("failed after 2: ") && outcome.contains("Timeout"));
        } finally {
            impatient.destroy();
        }
    }

    @Test
    public void aDeadEndpointNeverBlocksTheCallerAndTheQueueIsBounded() throws Exception {
        hold = new CountDownLatch(1);
        // the first is taken by the worker and held by the server; two more fill the queue of 2
        assertTrue(sender.submit(hook(), "{\"n\":1}"));
        waitUntil(() -> sender.queued() == 0);
        assertTrue(sender.submit(hook(), "{\"n\":2}"));
        assertTrue(sender.submit(hook(), "{\"n\":3}"));
        assertFalse("a full queue refuses instead of blocking", sender.submit(hook(), "{\"n\":4}"));
        assertEquals(2, sender.queued());
    }

    @Test
    public void nonHttpUrlsAndOversizedBodiesAreRefusedWithoutSending() {
        assertFalse(sender.submit(URI.create("file:///etc/passwd"), "{}"));
        assertFalse(sender.submit(URI.create("ftp://127.0.0.1/x"), "{}"));
        assertFalse(sender.submit(hook(), "x".repeat(2000)));
        assertFalse(sender.submit(null, "{}"));
        assertTrue(received.isEmpty());
    }

    @Test
    public void backoffDoublesUpToItsCap() {
        WebhookSender.Settings settings = new WebhookSender.Settings(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 9,
                Duration.ofSeconds(1), Duration.ofSeconds(5), 10);
        assertEquals(Duration.ofSeconds(1), settings.backoffAfter(1));
        assertEquals(Duration.ofSeconds(2), settings.backoffAfter(2));
        assertEquals(Duration.ofSeconds(4), settings.backoffAfter(3));
        assertEquals(Duration.ofSeconds(5), settings.backoffAfter(4));
        assertEquals(Duration.ofSeconds(5), settings.backoffAfter(8));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue("condition not reached", condition.getAsBoolean());
    }
}
