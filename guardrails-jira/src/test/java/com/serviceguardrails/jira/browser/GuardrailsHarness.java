package com.serviceguardrails.jira.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AllowListReview;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuthorityLine;
import com.serviceguardrails.guidance.CachingAbuseVerdicts;
import com.serviceguardrails.guidance.EscalationOutcome;
import com.serviceguardrails.guidance.GuidancePanel;
import com.serviceguardrails.guidance.GuidancePanelBuilder;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.guidance.ThreadMessage;
import com.serviceguardrails.jira.panel.HtmlEscaper;
import com.serviceguardrails.jira.panel.PanelText;
import com.serviceguardrails.jira.rest.Access;
import com.serviceguardrails.jira.rest.AllowListSuggestionsApi;
import com.serviceguardrails.jira.rest.ApiResponse;
import com.serviceguardrails.jira.rest.AuditApi;
import com.serviceguardrails.jira.rest.CheckApi;
import com.serviceguardrails.jira.rest.ConfigApi;
import com.serviceguardrails.jira.rest.InMemoryAuditLog;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import com.serviceguardrails.opening.MacroContext;
import com.serviceguardrails.text.Language;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Jira that serves the plugin's real front end: the JSM issue view with the real guidance-panel
 * template and reply form, the real admin template, the real JavaScript and CSS (with AUI 9 and the jsI18n
 * transform), and the REST resource under {@code /rest/service-guardrails/1.0/} answered by the real API classes
 * over the real engines, the real settings store (on in-memory plugin settings) and an in-memory audit log.
 * Listens on loopback only, on a free port.
 */
final class GuardrailsHarness implements AutoCloseable {

    static final String ISSUE_KEY = "SD-42";
    static final String USER = "dana.lead";
    /** A lead's suggestion for the English allow-list, seeded in the audit log. */
    static final String SUGGESTED_EN = "en:scunthorpe";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HtmlEscaper ESC = new HtmlEscaper();

    /** The ticket: a customer, an agent's first reply, then an angry customer comment with markup in it. */
    static final List<ThreadMessage> THREAD = List.of(
            new ThreadMessage("10100", "Hi, my desk lamp arrived with a cracked shade. Can you send a replacement? And when will it ship?", true, true),
            new ThreadMessage("10101", "We are looking into it.", false, true),
            new ThreadMessage("10102", "<script>window.sgXss = true; alert('xss')</script> You are useless idiots! Why is nobody answering?\nI want my money back.", true, true));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final JiraLikeVelocity velocity = new JiraLikeVelocity();
    /** The panel as Jira 10 renders it: only allowlisted methods of plugin classes. */
    private final JiraLikeVelocity panelVelocity = new JiraLikeVelocity(JiraLikeVelocity.pluginAllowlist());
    private final GuardrailsSettingsStore store = new GuardrailsSettingsStore(new InMemoryPluginSettings().factory(),
            new LocalClusterLockService().service());
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Judges judges = new Judges(this::config);
    private final CheckApi checkApi;
    private final ConfigApi configApi;
    private final AuditApi auditApi;
    private final AllowListSuggestionsApi suggestionsApi;
    /** The language of the last page served: the REST answers (the choices' labels) speak it, as Jira's would the user's. */
    private volatile String pageLanguage = "en";
    private final Map<String, HarnessI18n> bundles = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long checkDelayMillis;
    private volatile boolean checkFails;
    private final AtomicInteger checkCalls = new AtomicInteger();

    GuardrailsHarness() throws IOException {
        Access everything = new Access() {
            @Override
            public String currentUserKey() {
                return USER;
            }

            @Override
            public boolean isAdmin(String userKey) {
                return true;
            }

            @Override
            public boolean isAgent(String userKey) {
                return true;
            }

            @Override
            public boolean isLead(String userKey) {
                return true;
            }

            @Override
            public String displayName(String userKey) {
                return "lee.lead".equals(userKey) ? "Lee Lead" : userKey;
            }
        };
        checkApi = new CheckApi(everything, new ReplyGuard(judges.openingJudge(), judges.toneJudge()), this::config, audit, Clock.systemUTC());
        com.atlassian.sal.api.message.I18nResolver pageI18n = new com.atlassian.sal.api.message.I18nResolver() {
            @Override
            public String getText(String key, java.io.Serializable... arguments) {
                return bundles.computeIfAbsent(pageLanguage, HarnessI18n::new).getText(key, arguments);
            }

            @Override
            public String getText(String key) {
                return bundles.computeIfAbsent(pageLanguage, HarnessI18n::new).getText(key);
            }
        };
        configApi = new ConfigApi(everything, store, pageI18n);
        auditApi = new AuditApi(everything, audit, Clock.systemUTC());
        suggestionsApi = new AllowListSuggestionsApi(everything, audit, this::config, Clock.systemUTC());
        seedAudit();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    InMemoryAuditLog audit() {
        return audit;
    }

    /** Puts a configuration in force through the settings store, as the admin page would. */
    void useModes(String opening, String abuse) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = ConfigCodec.toTree(GuardrailsConfig.defaults());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("opening")).put("mode", opening);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("abuse")).put("mode", abuse);
        if (!store.save(tree.toString(), USER).isSaved()) {
            throw new IllegalStateException("harness config rejected");
        }
    }

    void slowCheck(long millis) {
        checkDelayMillis = millis;
    }

    void failingCheck(boolean fails) {
        checkFails = fails;
    }

    /** How many times POST check was asked since the harness started. */
    int checkCalls() {
        return checkCalls.get();
    }

    GuardrailsConfig config() {
        List<com.serviceguardrails.jira.settings.ConfigVersion> history = store.history();
        if (history.isEmpty()) {
            return GuardrailsConfig.defaults();
        }
        try {
            return ConfigCodec.parse(history.get(0).json());
        } catch (ConfigException e) {
            return GuardrailsConfig.defaults();
        }
    }

    private void seedAudit() {
        Instant monday = Instant.parse("2026-11-16T09:00:00Z");
        String[] agents = {"ann.agent", "bo.agent", "cy.agent"};
        for (int week = 0; week < 2; week++) {
            for (int a = 0; a < agents.length; a++) {
                for (int r = 0; r < 10; r++) {
                    Instant at = monday.plusSeconds(week * 7L * 86400 + r * 3600L);
                    audit.record(AuditEntry.replyChecked(at, agents[a], "SD-" + (100 + r), r < 10 - (a * 3 + week * 2 + 1) / 2));
                }
            }
        }
        audit.record(AuditEntry.of(monday.plusSeconds(600), AuditKind.BLOCK, "bo.agent", "SD-7", "opening: non_apology"));
        audit.record(AuditEntry.of(monday.plusSeconds(660), AuditKind.OVERRIDE, "bo.agent", "SD-7", "Customer asked for a yes/no answer only"));
        audit.record(AuditEntry.of(monday.plusSeconds(7200), AuditKind.ESCALATION, "ann.agent", "SD-9", "threat: know-where-you-live"));
        audit.record(AuditEntry.refundApproved(monday.plusSeconds(9000), "cy.agent", "SD-11", new BigDecimal("80.00"), new BigDecimal("50.00"), "EUR"));
        // leads' "not abuse" reports, as the false-positive endpoint records them; one carries markup in its words
        audit.record(AuditEntry.of(monday.plusSeconds(86_400), AuditKind.FALSE_POSITIVE, "lee.lead", "SD-31",
                AllowListReview.reportDetail("10311", SUGGESTED_EN + " (en:cunt)")));
        audit.record(AuditEntry.of(monday.plusSeconds(90_000), AuditKind.FALSE_POSITIVE, "kim.lead", "SD-35",
                AllowListReview.reportDetail("10352", "en:<i>dick</i> smith (en:dick), de:mistral (de:mist)")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            String language = first(query, "lang").orElse("en");
            if (path.equals("/issue") || path.equals("/admin")) {
                pageLanguage = language;
            }
            if (path.equals("/issue")) {
                send(exchange, 200, "text/html; charset=utf-8", issuePage(language, "/browser/jsm-issue.html"));
            } else if (path.equals("/agent-view")) {
                send(exchange, 200, "text/html; charset=utf-8", issuePage(language, "/browser/jsm-agent-view.html"));
            } else if (path.equals("/admin")) {
                send(exchange, 200, "text/html; charset=utf-8", adminPage(language));
            } else if (path.startsWith("/static/harness/")) {
                staticFile(exchange, "/browser/" + path.substring("/static/harness/".length()), null);
            } else if (path.startsWith("/static/aui/")) {
                staticFile(exchange, "/browser/aui/" + path.substring("/static/aui/".length()), null);
            } else if (path.startsWith("/static/sg/")) {
                staticFile(exchange, "/" + path.substring("/static/sg/".length()), new HarnessI18n(language));
            } else if (path.startsWith("/rest/service-guardrails/1.0/")) {
                rest(exchange, path.substring("/rest/service-guardrails/1.0/".length()), query);
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(exchange, 500, "text/plain", String.valueOf(e));
        }
    }

    private void rest(HttpExchange exchange, String resource, Map<String, List<String>> q) throws IOException {
        String method = exchange.getRequestMethod();
        String xsrf = exchange.getRequestHeaders().getFirst("X-Atlassian-Token");
        InputStream body = exchange.getRequestBody();
        ApiResponse answer;
        if (resource.equals("check") && method.equals("POST")) {
            checkCalls.incrementAndGet();
            sleep(checkDelayMillis);
            answer = checkFails ? ApiResponse.error(500, "", "harness: check endpoint failing") : checkApi.check(xsrf, body);
        } else if (resource.equals("check/override") && method.equals("POST")) {
            answer = checkApi.override(xsrf, body);
        } else if (resource.equals("config") && method.equals("GET")) {
            answer = configApi.get();
        } else if (resource.equals("config") && method.equals("PUT")) {
            answer = configApi.put(xsrf, body);
        } else if (resource.equals("config/validate") && method.equals("POST")) {
            answer = configApi.validate(xsrf, body);
        } else if (resource.equals("config/preview") && method.equals("POST")) {
            answer = configApi.preview(xsrf, body);
        } else if (resource.equals("config/history") && method.equals("GET")) {
            answer = configApi.history();
        } else if (resource.startsWith("config/rollback/") && method.equals("POST")) {
            answer = configApi.rollback(xsrf, Long.parseLong(resource.substring("config/rollback/".length())));
        } else if (resource.equals("audit") && method.equals("GET")) {
            answer = auditApi.list(q.getOrDefault("kind", List.of()), first(q, "user").orElse(null), first(q, "issue").orElse(null),
                    first(q, "from").orElse(null), first(q, "to").orElse(null), first(q, "limit").orElse(null));
        } else if (resource.equals("audit.csv") && method.equals("GET")) {
            answer = auditApi.csv(q.getOrDefault("kind", List.of()), first(q, "user").orElse(null), first(q, "issue").orElse(null),
                    first(q, "from").orElse(null), first(q, "to").orElse(null), first(q, "limit").orElse(null));
        } else if (resource.equals("report") && method.equals("GET")) {
            answer = auditApi.report(first(q, "from").orElse(null), first(q, "to").orElse(null), first(q, "zone").orElse(null));
        } else if (resource.equals("false-positive") && method.equals("POST")) {
            answer = auditApi.falsePositive(xsrf, body);
        } else if (resource.equals("allow-list-suggestions") && method.equals("GET")) {
            answer = suggestionsApi.list();
        } else if (resource.equals("allow-list-suggestions/dismiss") && method.equals("POST")) {
            answer = suggestionsApi.dismiss(xsrf, body);
        } else {
            answer = ApiResponse.error(404, "", "no such resource");
        }
        String text = answer.body() instanceof String s ? s : JSON.writeValueAsString(answer.body());
        send(exchange, answer.status(), answer.mediaType() + "; charset=utf-8", text);
    }

    private String resources(String language) {
        return "<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/static/sg/css/guardrails.css\">\n"
                + "<script src=\"/static/aui/aui-prototyping.js\"></script>\n"
                + "<script src=\"/static/sg/js/sg-common.js?lang=" + language + "\"></script>\n"
                + "<script src=\"/static/sg/js/reply-guard.js?lang=" + language + "\"></script>\n"
                + "<script src=\"/static/sg/js/guidance-panel.js?lang=" + language + "\"></script>\n"
                + "<script src=\"/static/sg/js/admin-config.js?lang=" + language + "\"></script>\n"
                + "<script src=\"/static/sg/js/admin.js?lang=" + language + "\"></script>\n";
    }

    /** An issue page ({@code page} a file in src/test/resources/browser) with the panel in Jira's web panel frame. */
    private String issuePage(String language, String page) {
        HarnessI18n i18n = new HarnessI18n(language);
        GuidancePanelBuilder builder = new GuidancePanelBuilder(
                judges.openerSuggester(MacroContext.of("Maria", "Dana", ISSUE_KEY)),
                new CachingAbuseVerdicts(judges.customerAbuse(), 100),
                commentId -> commentId.equals("10102")
                        ? Optional.of(new EscalationOutcome("Highest", "Dana Lead", Instant.parse("2026-11-20T09:14:00Z")))
                        : Optional.empty());
        List<AuthorityLine> authority = List.of(
                new AuthorityLine("refund", "50.00 EUR", "20.00 EUR", false),
                new AuthorityLine("exchange", "150.00 EUR", "150.00 EUR", false),
                new AuthorityLine("credit", "25.00 EUR", "0.00 EUR", true));
        GuidancePanel panel = builder.build(config(), THREAD, Language.fromCode(language).orElse(Language.EN), true, authority);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("showPanel", true);
        context.put("panel", panel);
        context.put("issueKey", ISSUE_KEY);
        context.put("esc", ESC);
        context.put("i18n", new PanelText(i18n));
        String panelHtml = panelVelocity.render("templates/panel/guidance-panel.vm", context);
        StringBuilder comments = new StringBuilder();
        for (ThreadMessage message : THREAD) {
            comments.append("<div class=\"harness-comment\" id=\"comment-").append(ESC.escapeHtml(message.id())).append("\"><span class=\"who\">")
                    .append(message.byCustomer() ? "Maria (customer)" : "Dana (agent)").append("</span>")
                    .append(ESC.escapeHtml(message.text())).append("</div>\n");
        }
        return resource(page)
                .replace("{{LANG}}", language)
                .replace("{{ISSUE_KEY}}", ISSUE_KEY)
                .replace("{{RESOURCES}}", resources(language))
                .replace("{{COMMENTS}}", comments)
                .replace("{{PANEL}}", "<div id=\"service-guardrails-panel\" class=\"module\"><div class=\"mod-header\"><h4>Service Guardrails</h4></div>"
                        + "<div class=\"mod-content\">" + panelHtml + "</div></div>");
    }

    /** The admin template as Jira's admin decorator would wrap it: the page's head gains the web resources. */
    private String adminPage(String language) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("esc", ESC);
        context.put("i18n", new HarnessI18n(language));
        String page = velocity.render("templates/admin/admin.vm", context);
        return "<!DOCTYPE html>\n" + page.replace("</head>", resources(language) + "</head>").replace("<body>", "<body class=\"aui-page-focused\"><div class=\"aui-page-panel\" style=\"padding:20px\">").replace("</body>", "</div></body>");
    }

    private void staticFile(HttpExchange exchange, String resource, HarnessI18n i18n) throws IOException {
        if (resource.contains("..")) {
            send(exchange, 400, "text/plain", "bad path");
            return;
        }
        try (InputStream in = GuardrailsHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                send(exchange, 404, "text/plain", "not found: " + resource);
                return;
            }
            byte[] bytes = in.readAllBytes();
            String type = resource.endsWith(".js") ? "application/javascript; charset=utf-8" : resource.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
            if (i18n != null && resource.endsWith(".js")) {
                bytes = i18n.transformJs(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = GuardrailsHarness.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
