package com.serviceguardrails.guidance;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigError;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ConfigChoicesTest {

    @Test
    public void listsTheValuesAsTheCodecSpellsThem() {
        Map<String, List<String>> choices = ConfigChoices.all();
        assertEquals(List.of("off", "advise", "enforce"), choices.get("modes"));
        assertEquals(List.of("en", "de", "fr", "es"), choices.get("languages"));
        assertTrue(choices.get("categories").contains("sexual_harassment"));
        assertEquals(List.of("refund", "exchange", "credit"), choices.get("actions"));
    }

    @Test
    public void eachValueHasALabelKeyOfItsOwn() {
        assertEquals("service-guardrails.choice.situations.delay", ConfigChoices.labelKey("situations", "delay"));
    }

    @Test
    public void everyListedValueIsAcceptedByValidation() {
        Map<String, List<String>> c = ConfigChoices.all();
        for (String situation : c.get("situations")) {
            assertValid("{\"version\":1,\"opening\":{\"mode\":\"advise\",\"macros\":[{\"id\":\"x\",\"language\":\"en\",\"situation\":\""
                    + situation + "\",\"template\":\"Sorry.\"}]}}");
        }
        for (String category : c.get("categories")) {
            for (String aim : c.get("aims")) {
                for (String severity : c.get("severities")) {
                    assertValid("{\"version\":1,\"abuse\":{\"terms\":{\"en\":[{\"term\":\"x\",\"category\":\"" + category
                            + "\",\"aim\":\"" + aim + "\",\"severity\":\"" + severity + "\"}]}}}");
                }
            }
        }
        for (String author : c.get("authors")) {
            for (String target : c.get("targets")) {
                assertValid("{\"version\":1,\"escalation\":{\"rules\":[{\"name\":\"r\",\"when\":{\"author\":\"" + author
                        + "\",\"targets\":[\"" + target + "\"]},\"then\":{}}]}}");
            }
        }
    }

    private static void assertValid(String json) {
        List<ConfigError> errors = ConfigCodec.validate(json);
        assertEquals(json, List.of(), errors);
    }
}
