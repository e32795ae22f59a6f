package com.serviceguardrails.jira.webhook;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends escalation notifications to configured HTTP endpoints (Slack, Teams, Opsgenie, any receiver) off the
 * caller's thread, so a slow or dead endpoint never delays a transition or a comment.
 *
 * <ul>
 *   <li>{@link #submit} never blocks: it puts the message on a bounded queue and returns {@code false} when the queue
 *   is full, the URL is not http(s) or the body is too large (nothing is sent then; the caller records it).</li>
 *   <li>One worker thread posts the JSON with connect and response timeouts, retrying transport errors, 429 and 5xx
 *   with exponential backoff; 2xx is success, any other status is final.</li>
 *   <li>Every attempt carries {@code X-Guardrails-Delivery} (one id for all attempts, so receivers can drop
 *   duplicates), {@code X-Guardrails-Timestamp} (epoch seconds) and {@code X-Guardrails-Signature}:
 *   {@code sha256=} hex HMAC-SHA256 of {@code timestamp + "." + body} with the instance's signing secret.</li>
 * </ul>
 */
public class WebhookSender {
    public static final String DELIVERY_HEADER = "X-Guardrails-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Guardrails-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Guardrails-Signature";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    /** Timeouts, retries and queue size. */
    public record Settings(int queueCapacity, Duration connectTimeout, Duration responseTimeout, int maxAttempts,
                           Duration firstBackoff, Duration maxBackoff, int maxBodyBytes) {
        public static final Settings DEFAULTS = new Settings(200, Duration.ofSeconds(3), Duration.ofSeconds(5), 4,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 64 * 1024);

        public Settings {
            if (queueCapacity < 1 || maxAttempts < 1 || maxBodyBytes < 1) {
                throw new IllegalArgumentException("queueCapacity, maxAttempts and maxBodyBytes must be positive");
            }
        }

        /** Wait before attempt {@code attempt + 1} (attempt counts from 1): first, doubled each time, capped. */
        Duration backoffAfter(int attempt) {
            Duration wait = firstBackoff;
            for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /** What became of a message; called on the worker thread. */
    public interface Outcomes {
        void delivered(URI url, String deliveryId, int status, int attempts);

        void failed(URI url, String deliveryId, String reason, int attempts);
    }

    /** Logs: a failed delivery is a warning naming the endpoint and why. */
    public static final Outcomes LOGGING = new Outcomes() {
        @Override
        public void delivered(URI url, String deliveryId, int status, int attempts) {
            LOG.debug("Service Guardrails webhook {} delivered to {} ({}, {} attempt(s))", deliveryId, url, status, attempts);
        }

        @Override
        public void failed(URI url, String deliveryId, String reason, int attempts) {
            LOG.warn("Service Guardrails webhook {} to {} failed after {} attempt(s): {}", deliveryId, url, attempts, reason);
        }
    };

    private final Supplier<byte[]> signingKey;
    private final Settings settings;
    private final Outcomes outcomes;
    private final Clock clock;
    private final ThreadPoolExecutor worker;
    private final CloseableHttpClient client;

    /** Production wiring: default settings, outcomes logged. */
    public WebhookSender(WebhookSigningKey signingKey) {
        this(signingKey::bytes, Settings.DEFAULTS, LOGGING, Clock.systemUTC());
    }

    WebhookSender(Supplier<byte[]> signingKey, Settings settings, Outcomes outcomes, Clock clock) {
        this.signingKey = signingKey;
        this.settings = settings;
        this.outcomes = outcomes;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), runnable -> {
                    Thread thread = new Thread(runnable, "service-guardrails-webhooks");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout response = Timeout.of(settings.responseTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(response).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect).setResponseTimeout(response).build())
                .disableAutomaticRetries()      // retries are ours, with backoff
                .disableRedirectHandling()      // a signed body is not re-sent to another host
                .disableCookieManagement()
                .build();
    }

    /**
     * Queues {@code json} for {@code url}. Never blocks and never throws; {@code false} when nothing will be sent.
     */
    public boolean submit(URI url, String json) {
        try {
            if (url == null || json == null) {
                return false;
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                LOG.warn("Service Guardrails webhook refused: {} is not an http(s) URL", url);
                return false;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            if (body.length > settings.maxBodyBytes()) {
                LOG.warn("Service Guardrails webhook to {} refused: body of {} bytes is over {}", url, body.length,
                        settings.maxBodyBytes());
                return false;
            }
            String deliveryId = UUID.randomUUID().toString();
            worker.execute(() -> deliver(url, deliveryId, json));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Service Guardrails webhook to {} dropped: queue of {} is full or the sender is stopped", url,
                    settings.queueCapacity());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Service Guardrails webhook to {} refused: {}", url, e.toString());
            return false;
        }
    }

    /** Messages waiting (not counting the one being sent). */
    public int queued() {
        return worker.getQueue().size();
    }

    /** Stops the worker (pending messages are dropped) and closes connections; called when the plugin stops. */
    public void destroy() {
        worker.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the webhook client", e);
        }
    }

    private void deliver(URI url, String deliveryId, String json) {
        String lastProblem = "not attempted";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                int status = post(url, deliveryId, json);
                if (status >= 200 && status < 300) {
                    outcomes.delivered(url, deliveryId, status, attempt);
                    return;
                }
                lastProblem = "HTTP " + status;
                if (status != 429 && status < 500) {
                    outcomes.failed(url, deliveryId, lastProblem, attempt);
                    return;
                }
            } catch (IOException | RuntimeException e) {
                lastProblem = e.toString();
            }
            if (attempt < settings.maxAttempts() && !sleep(settings.backoffAfter(attempt))) {
                outcomes.failed(url, deliveryId, "stopped while retrying after " + lastProblem, attempt);
                return;
            }
        }
        outcomes.failed(url, deliveryId, lastProblem, settings.maxAttempts());
    }

    private int post(URI url, String deliveryId, String json) throws IOException {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpPost post = new HttpPost(url);
        post.setHeader(DELIVERY_HEADER, deliveryId);
        post.setHeader(TIMESTAMP_HEADER, timestamp);
        post.setHeader(SIGNATURE_HEADER, "sha256=" + sign(signingKey.get(), timestamp, json));
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return client.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body}: what receivers recompute to trust a message. */
    public static String sign(byte[] key, String timestamp, String body) {
        Objects.requireNonNull(key, "key");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
