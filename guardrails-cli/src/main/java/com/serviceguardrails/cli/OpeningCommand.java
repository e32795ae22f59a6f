package com.serviceguardrails.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.opening.OpeningKind;
import com.serviceguardrails.opening.OpeningVerdict;
import com.serviceguardrails.opening.ReplyToCheck;
import com.serviceguardrails.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code guardrails opening [--lang auto|en|de|fr|es] [--human]}: the apology-first check over agent replies on
 * standard input, one per line ({@link LineStream}). Default output, one JSON object per line, same order:
 * {@code {"compliant":true,"kind":"apology","lang":"en","span":{"start":0,"end":31},"reason":"…"}}.
 */
@Command(name = "opening", mixinStandardHelpOptions = true,
        description = "Check that agent replies (stdin, one per line, \\n = line break) open with an apology or acknowledgement.")
final class OpeningCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|en|de|fr|es",
            description = "Language of the replies; auto detects it per reply (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--human", description = "A readable report with the suggested opener and a summary, instead of JSON lines.")
    boolean human;

    @Override
    public Integer call() throws IOException {
        Language language = null;
        if (!lang.equalsIgnoreCase("auto")) {
            language = Language.fromCode(lang.toLowerCase(Locale.ROOT)).filter(l -> l.code().length() == lang.length()).orElse(null);
            if (language == null) {
                System.err.println("opening: --lang must be auto, en, de, fr or es, not \"" + lang + "\"");
                return 2;
            }
        }
        OpeningCheck check = OpeningCheck.standard();
        Language fixed = language;
        Map<OpeningKind, Integer> counts = new EnumMap<>(OpeningKind.class);
        long[] number = {0};
        PrintStream out = System.out;
        long lines = LineStream.map(System.in, out, message -> {
            OpeningVerdict verdict = check.check(ReplyToCheck.of(message, fixed));
            counts.merge(verdict.kind(), 1, Integer::sum);
            return human ? humanLine(++number[0], message, verdict) : jsonLine(verdict);
        });
        if (human) {
            out.println(summary(lines, counts));
        }
        out.flush();
        return 0;
    }

    static String jsonLine(OpeningVerdict verdict) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("compliant", verdict.compliant());
        node.put("kind", verdict.kind().jsonName());
        node.put("lang", verdict.language().code());
        ObjectNode span = node.putObject("span");
        span.put("start", verdict.span().start());
        span.put("end", verdict.span().end());
        node.put("reason", verdict.reason());
        return JSON.writeValueAsString(node);
    }

    private static String humanLine(long number, String message, OpeningVerdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%4d  %-3s %-15s %s  %s%n", number, verdict.compliant() ? "ok" : "NO",
                verdict.kind().jsonName(), verdict.language().code(), oneLine(message, 100)));
        out.append("      ").append(verdict.reason());
        if (!verdict.compliant()) {
            out.append(System.lineSeparator()).append("      suggested opener: ").append(verdict.suggestedOpener().text());
        }
        return out.toString();
    }

    private static String summary(long lines, Map<OpeningKind, Integer> counts) {
        int compliant = counts.getOrDefault(OpeningKind.APOLOGY, 0) + counts.getOrDefault(OpeningKind.ACKNOWLEDGEMENT, 0);
        StringBuilder out = new StringBuilder(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%d replies, %d compliant (%.1f%%)", lines, compliant, lines == 0 ? 0.0 : 100.0 * compliant / lines));
        for (OpeningKind kind : OpeningKind.values()) {
            out.append(String.format(Locale.ROOT, "%n  %-15s %d", kind.jsonName(), counts.getOrDefault(kind, 0)));
        }
        return out.toString();
    }

    private static String oneLine(String text, int max) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
