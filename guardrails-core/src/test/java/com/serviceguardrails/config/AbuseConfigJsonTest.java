package com.serviceguardrails.config;

import com.serviceguardrails.abuse.Aim;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.LexiconTerm;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class AbuseConfigJsonTest {

    @Test
    public void adminTermsAndAllowListsRoundTrip() throws ConfigException {
        GuardrailsConfig config = ConfigCodec.parse("""
                {"version": 1, "opening": {"mode": "advise"}, "empowerment": {"mode": "advise"}, "escalation": {"mode": "advise"},
                 "abuse": {"mode": "enforce",
                           "terms": {"de": [{"term": "Knallkopf", "category": "insult", "aim": "person", "severity": "medium"}]},
                           "allow": {"en": ["Dick Smith Electronics"]}}}
                """);
        assertEquals(List.of(new LexiconTerm("Knallkopf", Category.INSULT, Aim.PERSON, Severity.MEDIUM)), config.abuse().termsFor(Language.DE));
        assertEquals(List.of("Dick Smith Electronics"), config.abuse().allowFor(Language.EN));
        assertEquals(config, ConfigCodec.parse(ConfigCodec.write(config)));
    }

    @Test
    public void badEntriesAreReportedByPath() {
        List<ConfigError> errors = ConfigCodec.validate("""
                {"version": 1, "opening": {"mode": "advise"}, "empowerment": {"mode": "advise"}, "escalation": {"mode": "advise"},
                 "abuse": {"mode": "advise",
                           "terms": {"it": [], "en": [{"term": "", "category": "rude", "aim": "person", "colour": 1}]},
                           "allow": {"fr": [42, "%s"]}}}
                """.formatted("x".repeat(101)));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.terms.it") && e.message().contains("unknown language")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.terms.en[0].term")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.terms.en[0].category") && e.message().contains("rude")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.terms.en[0].colour")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.allow.fr[0]")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.allow.fr[1]") && e.message().contains("longer than 100")));
    }
}
