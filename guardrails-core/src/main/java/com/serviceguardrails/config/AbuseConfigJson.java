package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.Aim;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.LexiconTerm;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the `abuse` section: {@code mode}, {@code terms} (per language, admin lexicon additions) and
 * {@code allow} (per language, words and names that must never be flagged, such as a customer called Dick Smith).
 */
final class AbuseConfigJson {

    /** Longest admin term or allow-list entry; lexicon entries are words and short phrases. */
    static final int MAX_TERM_LENGTH = 100;

    private AbuseConfigJson() {
    }

    static AbuseConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode", "terms", "allow");
        Mode mode = section.field("mode").choice(Mode.class, Mode.ADVISE);
        Map<Language, List<LexiconTerm>> terms = new EnumMap<>(Language.class);
        perLanguage(section.field("terms"), (language, list) -> terms.put(language, readTerms(list)));
        Map<Language, List<String>> allow = new EnumMap<>(Language.class);
        perLanguage(section.field("allow"), (language, list) -> allow.put(language, readAllow(list)));
        return new AbuseConfig(mode, terms, allow);
    }

    private static void perLanguage(ConfigCursor byLanguage, java.util.function.BiConsumer<Language, ConfigCursor> reader) {
        for (Map.Entry<String, ConfigCursor> entry : byLanguage.entries().entrySet()) {
            Language.fromCode(entry.getKey())
                    .filter(language -> language.code().equals(entry.getKey()))
                    .ifPresentOrElse(language -> reader.accept(language, entry.getValue()),
                            () -> entry.getValue().error("unknown language; expected one of en, de, fr, es"));
        }
    }

    private static List<LexiconTerm> readTerms(ConfigCursor list) {
        List<LexiconTerm> out = new ArrayList<>();
        for (ConfigCursor item : list.elements()) {
            if (!item.expectObject()) {
                if (!item.present()) {
                    item.error("is required");
                }
                continue;
            }
            item.allowOnly("term", "category", "aim", "severity");
            String term = boundedText(item.field("term"));
            Category category = item.field("category").choice(Category.class, Category.INSULT);
            Aim aim = item.field("aim").choice(Aim.class, Aim.PERSON);
            Severity severity = item.field("severity").choice(Severity.class, Severity.MEDIUM);
            if (!term.isBlank()) {
                out.add(new LexiconTerm(term.strip(), category, aim, severity));
            }
        }
        return out;
    }

    private static List<String> readAllow(ConfigCursor list) {
        List<String> out = new ArrayList<>();
        for (ConfigCursor item : list.elements()) {
            String entry = boundedText(item);
            if (!entry.isBlank()) {
                out.add(entry.strip());
            }
        }
        return out;
    }

    private static String boundedText(ConfigCursor field) {
        String value = field.requiredText();
        if (value.length() > MAX_TERM_LENGTH) {
            field.error("is longer than " + MAX_TERM_LENGTH + " characters");
            return "";
        }
        return value;
    }

    static ObjectNode write(AbuseConfig config) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("mode", config.mode().jsonName());
        ObjectNode terms = node.putObject("terms");
        config.terms().forEach((language, list) -> {
            ArrayNode array = terms.putArray(language.code());
            for (LexiconTerm term : list) {
                array.addObject()
                        .put("term", term.term())
                        .put("category", ConfigCursor.jsonName(term.category()))
                        .put("aim", ConfigCursor.jsonName(term.aim()))
                        .put("severity", ConfigCursor.jsonName(term.severity()));
            }
        });
        ObjectNode allow = node.putObject("allow");
        config.allow().forEach((language, list) -> list.forEach(allow.putArray(language.code())::add));
        return node;
    }
}
