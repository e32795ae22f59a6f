package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.cli.ConfigOption;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code guardrails backtest}: runs a configuration over past tickets (a Jira REST export, or a live Jira) and
 * reports what each guardrail would have done: a summary on the terminal, an HTML report, optionally JSON.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run the guardrails over past tickets and report what they would have done.",
                "Input: a Jira REST export (search pages, one file or a directory), or a live Jira with --url and --jql."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:done, but some input was skipped (see the summary), or the fetch failed",
                "2:usage or configuration error"})
public final class BacktestCommand implements Callable<Integer> {

    /** Where the live mode reads the personal access token from, unless {@code --token-env} names another variable. */
    public static final String TOKEN_VARIABLE = "GUARDRAILS_JIRA_TOKEN";

    @Parameters(arity = "0..1", paramLabel = "EXPORT", description = "Export file or directory of search pages.")
    Path export;

    @Mixin
    ConfigOption config;

    @Option(names = "--compare", paramLabel = "FILE", description = "Also run this configuration and show what changes.")
    Path compare;

    @Option(names = "--agents", split = ",", paramLabel = "ID",
            description = "Agent accounts (user key or name). Without it: the reporter is the customer, other public authors agents.")
    List<String> agents = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE=AGENT,...", mapFallbackValue = "",
            description = "Agents holding an empowerment role, e.g. --role \"Team Leads=tom,ana\" (repeatable). "
                    + "Agents not listed hold the least generous configured role.")
    Map<String, String> roles = new LinkedHashMap<>();

    @Option(names = "--html", paramLabel = "FILE", defaultValue = "backtest-report.html",
            description = "HTML report to write (default: ${DEFAULT-VALUE}).")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
    Path json;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the summary and report: en, de, fr, es (default: the system's, else en).")
    String lang;

    @Option(names = "--no-progress", description = "Never draw the progress bar (it is drawn only on a terminal anyway).")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads for the checks (default: one per processor). Results do not depend on it.")
    int threads;

    @Option(names = "--stats", description = "Print elapsed time, throughput and peak heap to standard error.")
    boolean stats;

    @Option(names = "--url", paramLabel = "URL", description = "Live mode: Jira's base URL, e.g. https://jira.example.com")
    URI url;

    @Option(names = "--jql", paramLabel = "JQL", description = "Live mode: the issues to fetch, e.g. \"project = HELP AND created >= -90d\"")
    String jql;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = TOKEN_VARIABLE,
            description = "Live mode: environment variable holding the personal access token (default: ${DEFAULT-VALUE}); "
                    + "when unset, the token is asked for on the terminal. Never pass a token as an argument.")
    String tokenVariable;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "backtest-pages",
            description = "Live mode: directory the fetched pages are kept in; rerun to resume (default: ${DEFAULT-VALUE}).")
    Path pages;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100", description = "Live mode: issues per request (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--no-comment-properties",
            description = "Live mode: do not fetch each issue's comments with their properties (one request per issue "
                    + "fewer, but JSM's internal notes then look like replies unless --agents says otherwise).")
    boolean noCommentProperties;

    /** Where messages go; tests replace them. */
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Messages messages = Messages.of(language());
        GuardrailSet baseline;
        GuardrailSet candidate;
        GuardrailSet.Context context = new GuardrailSet.Context(rolesByAgent(), messages.language());
        Optional<GuardrailsConfig> baselineConfig = config.load(err);
        Optional<GuardrailsConfig> candidateConfig = compare == null ? Optional.empty() : ConfigOption.load(compare, err);
        if (baselineConfig.isEmpty() || compare != null && candidateConfig.isEmpty()) {
            return 2;
        }
        baseline = GuardrailSet.of(config.file() == null ? messages.get("config.default") : config.file().getFileName().toString(),
                baselineConfig.get(), context);
        candidate = compare == null ? null : GuardrailSet.of(compare.getFileName().toString(), candidateConfig.get(), context);
        Set<String> customFields = new TreeSet<>(baseline.customFields());
        if (candidate != null) {
            customFields.addAll(candidate.customFields());
        }
        Path input = export;
        if (url != null || jql != null) {
            if (url == null || jql == null || export != null) {
                err.println("Live mode needs both --url and --jql, and no EXPORT argument.");
                return 2;
            }
            try {
                fetch(customFields);
            } catch (FetchException e) {
                err.println("Fetching from " + url + " failed: " + e.getMessage());
                return 1;
            }
            input = pages;
        } else if (input == null) {
            err.println("Give an export file or directory, or --url and --jql for a live Jira.");
            return 2;
        }
        if (!Files.exists(input)) {
            err.println(input + ": no such file or directory");
            return 2;
        }
        Backtest backtest = new Backtest(new Authorship(new LinkedHashSet<>(agents)), baseline, candidate,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        long bytes = totalBytes(input);
        try (Progress progress = new Progress(err, !noProgress && Progress.onTerminal(), bytes)) {
            new ExportReader(customFields).read(input, new ExportReader.Listener() {
                @Override
                public void ticket(ExportTicket ticket) {
                    progress.ticket();
                    backtest.ticket(ticket);
                }

                @Override
                public void problem(InputProblem problem) {
                    backtest.problem(problem);
                }
            }, progress::bytes);
        }
        Backtest.Report report = backtest.report();
        Summary.print(report, messages, out);
        try (Writer writer = writer(html)) {
            HtmlReport.write(report, input.getFileName() == null ? input.toString() : input.getFileName().toString(), messages, writer);
        }
        out.println(messages.get("report.written", html));
        if (json != null) {
            try (Writer writer = writer(json)) {
                ResultJson.write(report, writer);
            }
            out.println(messages.get("json.written", json));
        }
        if (stats) {
            printStats(report.result().totals(), started, bytes);
        }
        return report.result().totals().skippedTotal() > 0 ? 1 : 0;
    }

    private void fetch(Set<String> customFields) throws FetchException, IOException {
        char[] token = token();
        try (JiraFetcher fetcher = new JiraFetcher(url, token, Duration.ofSeconds(10), Duration.ofSeconds(60),
                d -> Thread.sleep(d.toMillis()), err)) {
            fetcher.fetch(JiraFetcher.inCreationOrder(jql), customFields, pageSize, !noCommentProperties, pages);
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    /** {@code --role "Team Leads=tom,ana"} turned around: the roles of each agent. */
    private Map<String, Set<String>> rolesByAgent() {
        Map<String, Set<String>> byAgent = new HashMap<>();
        roles.forEach((role, members) -> {
            for (String agent : members.split(",")) {
                if (!agent.isBlank()) {
                    byAgent.computeIfAbsent(agent.trim(), a -> new TreeSet<>()).add(role.trim());
                }
            }
        });
        return byAgent;
    }

    private char[] token() throws FetchException {
        String fromEnvironment = System.getenv(tokenVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim().toCharArray();
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Jira personal access token: ");
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new FetchException("no token: set " + tokenVariable + " to a personal access token, or run on a terminal to be asked for one");
    }

    private Language language() {
        String code = lang != null ? lang : Locale.getDefault().getLanguage();
        return Language.fromCode(code).orElse(Language.EN);
    }

    private static Writer writer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static long totalBytes(Path input) throws IOException {
        long sum = 0;
        for (Path file : ExportReader.files(input)) {
            sum += Files.size(file);
        }
        return sum;
    }

    private void printStats(BacktestResult.Totals totals, long started, long bytes) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        err.printf(Locale.ROOT, "stats: %d tickets, %d comments, %.1f MB in %.1f s (%.0f comments/s); peak heap %.0f MB of max %.0f MB%n",
                totals.tickets(), totals.comments(), bytes / 1e6, seconds, totals.comments() / Math.max(seconds, 1e-9),
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
