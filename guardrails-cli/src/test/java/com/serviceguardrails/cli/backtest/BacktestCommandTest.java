package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The README's main job: the whole default configuration over the bundled sample export, with the real engines. */
public class BacktestCommandTest {

    private static final Path SAMPLE = Path.of("..", "samples", "jira-export");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        BacktestCommand command = new BacktestCommand();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(command).execute(args);
    }

    @Test
    public void theBundledSampleShowsEveryGuardrailActing() throws Exception {
        Assume.assumeTrue("run from the guardrails-cli module", Files.isDirectory(SAMPLE));
        Path html = folder.getRoot().toPath().resolve("report.html");
        Path json = folder.getRoot().toPath().resolve("result.json");
        int exit = run(SAMPLE.toString(), "--html", html.toString(), "--json", json.toString(), "--lang", "en");
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, exit);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary, summary.contains("400 tickets"));
        assertTrue(summary, summary.contains("HTML report: " + html));
        JsonNode result = new ObjectMapper().readTree(json.toFile()).get("result");
        assertEquals(400, result.at("/totals/tickets").asInt());
        assertEquals(0, result.at("/totals/skipped").asInt());
        // the sample was written to hold each case the issue names: non-apologies, abusive customers,
        // belittling agents and refunds over limits; each guardrail must find some, and not flag everything
        for (JsonNode guardrail : result.get("guardrails")) {
            long hits = guardrail.get("hits").asLong();
            assertTrue(guardrail.toString(), hits > 0);
            assertTrue(guardrail.toString(), hits < result.at("/totals/comments").asLong() / 2);
        }
        assertTrue(Files.readString(html).contains("<svg"));
    }

    @Test
    public void comparingWithAnEnforcingStricterConfigurationShowsTheChange() throws Exception {
        Path strict = Path.of("..", "samples", "enforce-strict-config.json");
        Assume.assumeTrue("run from the guardrails-cli module", Files.isDirectory(SAMPLE) && Files.exists(strict));
        Path json = folder.getRoot().toPath().resolve("result.json");
        int exit = run(SAMPLE.toString(), "--compare", strict.toString(), "--html", folder.getRoot().toPath().resolve("r.html").toString(),
                "--json", json.toString());
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, exit);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode refunds = null;
        for (JsonNode change : root.at("/comparison/changes")) {
            if (change.get("guardrail").asText().equals("empowerment")) {
                refunds = change;
            }
        }
        assertTrue("a 30.00 limit instead of 50.00 sends more refunds for approval: " + refunds,
                refunds != null && refunds.get("added").asLong() > 0 && refunds.get("removed").asLong() == 0);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Comparison with enforce-strict-config.json"));
    }

    @Test
    public void badInputIsReportedWithFileAndPositionAndTheExitCodeSaysSo() throws Exception {
        Path dir = folder.newFolder("export").toPath();
        Files.writeString(dir.resolve("page-1.json"), ExportFixtures.page(0, 2,
                ExportFixtures.issue("HELP-1", "maria", "tom", "", ExportFixtures.comment("1", "maria", "null", null))));
        Files.writeString(dir.resolve("page-2.json"), "{\"startAt\":1,\"issues\":[{\"key\":\"HELP-2\",\"fie");
        int exit = run(dir.toString(), "--html", folder.getRoot().toPath().resolve("r.html").toString());
        assertEquals(1, exit);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary, summary.contains("2 items skipped: 1 truncated file, 1 comment without a body"));
        assertTrue(summary, summary.contains("page-2.json:1:"));
        assertTrue(summary, summary.contains("HELP-1 comment 1: a comment without a body; skipped"));
    }

    @Test
    public void liveModeFetchesFromJiraAndReportsLikeAnExport() throws Exception {
        HttpServer jira = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        jira.createContext("/rest/api/2/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            seen.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            String startAt = query == null ? "" : query.replaceAll(".*startAt=(\\d+).*", "$1");
            byte[] body;
            int status = 200;
            if (exchange.getRequestURI().getPath().endsWith("/search")) {
                try (InputStream in = BacktestCommandTest.class.getResourceAsStream("recorded/search-startAt-" + startAt + ".json")) {
                    body = in.readAllBytes();
                }
            } else {
                status = 404; // comments with properties not available: the search's own comments are kept
                body = "{\"errorMessages\":[\"not here\"]}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jira.start();
        try {
            Path pages = folder.getRoot().toPath().resolve("pages");
            // the token comes from an environment variable; HOME is one every test run has
            int exit = run("--url", "http://127.0.0.1:" + jira.getAddress().getPort(), "--jql", "project = HELP",
                    "--token-env", "HOME", "--page-size", "2", "--pages", pages.toString(),
                    "--html", folder.getRoot().toPath().resolve("r.html").toString());
            assertEquals(err.toString(StandardCharsets.UTF_8), 0, exit);
            assertTrue(out.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8).contains("5 tickets"));
            assertTrue(seen.toString(), seen.contains("/rest/api/2/search Bearer " + System.getenv("HOME")));
            assertEquals(seen.toString(), 3 + 5, seen.size());
        } finally {
            jira.stop(0);
        }
    }

    @Test
    public void liveModeWithoutATokenSaysWhereToPutIt() {
        int exit = run("--url", "https://jira.example.com", "--jql", "project = HELP",
                "--token-env", "GUARDRAILS_TEST_TOKEN_THAT_IS_NOT_SET", "--pages", folder.getRoot().toString());
        assertEquals(1, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("set GUARDRAILS_TEST_TOKEN_THAT_IS_NOT_SET"));
    }

    @Test
    public void everyLanguageHasEveryText() throws Exception {
        Properties english = new Properties();
        english.load(BacktestCommandTest.class.getResourceAsStream("messages.properties"));
        for (String lang : new String[] {"de", "fr", "es"}) {
            Properties other = new Properties();
            other.load(new InputStreamReader(
                    BacktestCommandTest.class.getResourceAsStream("messages_" + lang + ".properties"), StandardCharsets.UTF_8));
            assertEquals(lang, english.keySet(), other.keySet());
        }
    }
}
