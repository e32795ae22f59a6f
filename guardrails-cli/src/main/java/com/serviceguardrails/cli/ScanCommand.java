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
 * {@code guardrails scan [--lang auto|en|de|fr|es] [--author customer|agent] [--config FILE]}: one abuse verdict
 * (JSON) per input line, same order, streaming in constant memory.
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
        LineStream.map(System.in, System.out, message -> AbuseVerdictJson.write(detector.scan(message, role, language)));
        return 0;
    }
}
