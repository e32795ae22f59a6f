package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.GuardrailsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code guardrails generate-export}: writes a realistic sample Jira export for demos and benchmarks. The bundled
 * {@code samples/jira-export} is its output with the defaults; the throughput benchmark makes a million comments.
 */
@Command(name = "generate-export", mixinStandardHelpOptions = true,
        description = "Write a realistic sample Jira REST export (search pages) for the backtest, from a seed.")
public final class GenerateExportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the page files into.")
    Path out;

    @Option(names = "--tickets", defaultValue = "400", description = "Number of tickets (default: ${DEFAULT-VALUE}).")
    int tickets;

    @Option(names = "--seed", defaultValue = "2026", description = "Random seed; the same seed gives the same export (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--page-size", defaultValue = "50", description = "Issues per page file (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--comments-per-ticket", defaultValue = "0",
            description = "Exactly this many comments per ticket; 0 (default) for each scenario's natural length.")
    int commentsPerTicket;

    @Option(names = "--compact", description = "Write JSON without indentation (smaller, for large benchmark exports).")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        if (tickets < 1 || pageSize < 1 || commentsPerTicket < 0 || commentsPerTicket > 60) {
            System.err.println("--tickets and --page-size must be at least 1; --comments-per-ticket between 0 and 60");
            return 2;
        }
        long comments = new SampleExport(seed, GuardrailsConfig.defaults().empowerment().requestFields())
                .write(out, tickets, pageSize, commentsPerTicket, !compact);
        System.out.println("Wrote " + tickets + " tickets with " + comments + " comments to " + out);
        return 0;
    }
}
