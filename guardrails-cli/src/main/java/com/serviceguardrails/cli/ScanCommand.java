package com.serviceguardrails.cli;

import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AbuseVerdictJson;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code guardrails scan [--lang auto|en|de|fr|es] [--author customer|agent] [--threads N] [--config FILE]}: one abuse verdict
 * (JSON) per input line, same order, streaming in constant memory; lines are judged on every core.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Judge each line of standard input for abuse; print one JSON verdict per line.")
final class ScanCommand implements Callable<Integer> {

    enum LanguageOption { auto, en, de, fr, es }

    enum AuthorOption { customer, agent }

    @Option(names = "--lang", defaultValue = "auto", description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: auto).")
    LanguageOption lang;

    @Option(names = "--author", defaultValue = "customer", description = "Who wrote them: ${COMPLETION-CANDIDATES} (default: customer).")
    AuthorOption author;

    @Option(names = "--threads", description = "Threads judging lines (default: one per core). Output order is kept.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        GuardrailsConfig settings = config.load(System.err).orElse(null);
        if (settings == null) {
            return 1;
        }
        AbuseDetector detector = AbuseDetector.create(settings.abuse());
        Language language = lang == LanguageOption.auto ? null : Language.fromCode(lang.name()).orElseThrow();
        AuthorRole role = AuthorRole.valueOf(author.name().toUpperCase(Locale.ROOT));
        // the detector is immutable and thread-safe, so lines are judged on every core, written in input order
        LineStream.mapInParallel(System.in, System.out, Math.max(1, threads),
                message -> AbuseVerdictJson.write(detector.scan(message, role, language)));
        return 0;
    }
}
