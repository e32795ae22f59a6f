package com.serviceguardrails.jira.i18n;

import com.serviceguardrails.guidance.ConfigChoices;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.Assert.assertEquals;

/**
 * Every value the admin page's selects and check boxes offer has a label in every bundle, so a value added to an
 * engine's enum fails here until it is translated (the page would otherwise show its configuration spelling).
 */
public class ChoiceLabelsTest {

    @Test
    public void everyChoiceHasALabelInEveryLanguage() throws IOException {
        for (String suffix : new String[] {"", "_de", "_fr", "_es"}) {
            Properties bundle = new Properties();
            try (InputStream in = ChoiceLabelsTest.class.getResourceAsStream("/i18n/service-guardrails" + suffix + ".properties")) {
                bundle.load(in);
            }
            List<String> missing = new ArrayList<>();
            ConfigChoices.all().forEach((list, values) -> values.forEach(value -> {
                if (bundle.getProperty(ConfigChoices.labelKey(list, value)) == null) {
                    missing.add(ConfigChoices.labelKey(list, value));
                }
            }));
            assertEquals("labels missing from service-guardrails" + suffix + ".properties", List.of(), missing);
        }
    }
}
