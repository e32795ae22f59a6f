package com.serviceguardrails.jira.i18n;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The four i18n bundles (en, de, fr, es) stay in step, and everything the descriptor names is translated. */
public class I18nBundlesTest {
    private static final String BASE = "/i18n/service-guardrails";
    private static final String[] SUFFIXES = {"", "_de", "_fr", "_es"};

    @Test
    public void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        assertFalse("the English bundle is empty", english.isEmpty());
        for (String suffix : SUFFIXES) {
            Set<String> keys = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertTrue(BASE + suffix + " lacks " + missing, missing.isEmpty());
            assertTrue(BASE + suffix + " has keys English lacks: " + extra, extra.isEmpty());
        }
    }

    @Test
    public void everyValueIsNonBlankAndAValidMessageFormatWithTheEnglishPlaceholders() throws IOException {
        Properties english = load("");
        for (String suffix : SUFFIXES) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                String where = BASE + suffix + ".properties " + key;
                assertFalse(where + " is blank", value.isBlank());
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    fail(where + " is not a valid MessageFormat: " + e.getMessage());
                }
                // Jira formats every text: a lone ' would vanish (write '' or a typographic apostrophe)
                assertFalse(where + " has a lone apostrophe", value.replace("''", "").contains("'"));
                assertEquals(where + " placeholders", placeholders(english.getProperty(key)), placeholders(value));
            }
        }
    }

    @Test
    public void bundlesAreAsciiSoJiraReadsThemTheSameWhateverCharsetItAssumes() throws IOException {
        for (String suffix : SUFFIXES) {
            byte[] bytes = read(BASE + suffix + ".properties");
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    fail(BASE + suffix + ".properties byte " + i + " is not ASCII: write it as \\uXXXX");
                }
            }
        }
    }

    @Test
    public void everyI18nKeyInTheDescriptorIsInTheBundles() throws IOException {
        String descriptor = new String(read("/atlassian-plugin.xml"), StandardCharsets.UTF_8);
        Set<String> english = load("").stringPropertyNames();
        Matcher named = Pattern.compile("<(?:label|description|name|tooltip) key=\"([^\"]+)\"").matcher(descriptor);
        Set<String> used = new TreeSet<>();
        while (named.find()) {
            used.add(named.group(1));
        }
        Matcher nameKeys = Pattern.compile("i18n-name-key=\"([^\"]+)\"").matcher(descriptor);
        while (nameKeys.find()) {
            used.add(nameKeys.group(1));
        }
        used.removeAll(english);
        assertTrue("atlassian-plugin.xml names keys missing from the bundles: " + used, used.isEmpty());
    }

    /** The argument indexes a text uses ({0}, {1}...); a translation may repeat or reorder them. */
    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertNotNull(BASE + suffix + ".properties is missing", in);
            properties.load(in);
        }
        return properties;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            assertNotNull(resource + " is missing", in);
            return in.readAllBytes();
        }
    }
}
