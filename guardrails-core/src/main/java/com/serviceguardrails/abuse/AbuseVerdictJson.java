package com.serviceguardrails.abuse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import com.serviceguardrails.text.Language;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON form of a verdict, as {@code guardrails scan} prints it and the REST API returns it:
 * {@code {"offensive":true,"abusive":true,"target":"individual","severity":"medium","lang":"en",
 * "categories":["insult"],"findings":[{"start":12,"end":17,"category":"insult","rule":"en:idiot","lang":"en"}]}}.
 */
public final class AbuseVerdictJson {

    private static final JsonFactory JSON = new JsonFactory();

    /** The JSON of a clean verdict per language (by ordinal): most messages are clean, so most lines are these. */
    private static final String[] CLEAN = new String[Language.values().length];

    static {
        for (Language language : Language.values()) {
            CLEAN[language.ordinal()] = generate(AbuseVerdict.clean(language));
        }
    }

    private AbuseVerdictJson() {
    }

    public static String write(AbuseVerdict verdict) {
        if (verdict.equals(AbuseVerdict.clean(verdict.language()))) {
            return CLEAN[verdict.language().ordinal()];
        }
        return generate(verdict);
    }

    private static String generate(AbuseVerdict verdict) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(verdict, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return out.toString();
    }

    public static void write(AbuseVerdict verdict, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("offensive", verdict.offensive());
        json.writeBooleanField("abusive", verdict.abusive());
        json.writeStringField("target", name(verdict.target()));
        json.writeStringField("severity", name(verdict.severity()));
        json.writeStringField("lang", verdict.language().code());
        json.writeArrayFieldStart("categories");
        for (Category category : Category.values()) {
            if (verdict.categories().contains(category)) {
                json.writeString(name(category));
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : verdict.findings()) {
            json.writeStartObject();
            json.writeNumberField("start", finding.start());
            json.writeNumberField("end", finding.end());
            json.writeStringField("category", name(finding.category()));
            json.writeStringField("rule", finding.rule());
            json.writeStringField("lang", finding.language().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
