package com.serviceguardrails.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code guardrails} command: runs the core's checks over files and standard input, no Jira needed.
 * Each subcommand lives in its own class; register it in {@code subcommands} below.
 */
@Command(name = "guardrails",
        mixinStandardHelpOptions = true,
        versionProvider = GuardrailsCli.Version.class,
        description = "Service Guardrails: apology-first replies, empowerment limits and abuse escalation, outside Jira.",
        subcommands = {
                ConfigCommand.class,
                com.serviceguardrails.cli.backtest.BacktestCommand.class,
                ScanCommand.class,
                OpeningCommand.class,
                com.serviceguardrails.cli.backtest.GenerateExportCommand.class,
                RefundCommand.class,
                EscalateCommand.class,
                CommandLine.HelpCommand.class
        })
public final class GuardrailsCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 the input had problems, 2 usage errors. */
    public static int run(String... args) {
        return new CommandLine(new GuardrailsCli()).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GuardrailsCli.class.getPackage().getImplementationVersion();
            return new String[] {"guardrails " + (v == null ? "dev" : v)};
        }
    }
}
