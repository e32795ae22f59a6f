package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.RequestFields;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SampleExportTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final RequestFields FIELDS = GuardrailsConfig.defaults().empowerment().requestFields();

    @Test
    public void theSameSeedWritesTheSameExport() throws Exception {
        Path a = folder.newFolder("a").toPath();
        Path b = folder.newFolder("b").toPath();
        assertEquals(new SampleExport(7, FIELDS).write(a, 30, 10, 0, true), new SampleExport(7, FIELDS).write(b, 30, 10, 0, true));
        for (String page : new String[] {"page-0000.json", "page-0001.json", "page-0002.json"}) {
            assertArrayEquals(page, Files.readAllBytes(a.resolve(page)), Files.readAllBytes(b.resolve(page)));
        }
    }

    @Test
    public void ticketsAreInFourLanguagesWithJsmFlagsAndRefundFieldsAsConfigured() throws Exception {
        Path dir = folder.newFolder("export").toPath();
        long comments = new SampleExport(2026, FIELDS).write(dir, 200, 50, 0, false);
        ExportFixtures.Collected got = new ExportFixtures.Collected();
        new ExportReader(Set.copyOf(FIELDS.byName().values())).read(dir, got, n -> { });
        assertEquals(200, got.tickets.size());
        assertEquals(comments, got.tickets.stream().mapToLong(t -> t.comments().size()).sum());
        assertEquals(0, got.problems.size());
        Map<Language, Integer> byLanguage = new EnumMap<>(Language.class);
        long internal = 0;
        long refunds = 0;
        for (ExportTicket ticket : got.tickets) {
            Language language = LanguageDetector.standard().detect(ticket.comments().get(0).body(), Language.EN);
            byLanguage.merge(language, 1, Integer::sum);
            internal += ticket.comments().stream().filter(c -> c.visibility() == ExportComment.Visibility.INTERNAL).count();
            if (ticket.customFields().containsKey(FIELDS.amount())) {
                refunds++;
                assertTrue(ticket.customFields().containsKey(FIELDS.currency()));
            }
        }
        assertEquals(byLanguage.toString(), 4, byLanguage.size());
        assertTrue(byLanguage.toString(), byLanguage.values().stream().allMatch(n -> n >= 15));
        assertTrue("internal notes: " + internal, internal > 0);
        assertTrue("refund tickets: " + refunds, refunds >= 20 && refunds <= 60);
    }

    @Test
    public void resultsDoNotDependOnTheNumberOfWorkerThreads() throws Exception {
        Path dir = folder.newFolder("threads").toPath();
        new SampleExport(11, FIELDS).write(dir, 120, 25, 0, false);
        String oneThread = null;
        for (int threads : new int[] {0, 3}) {
            GuardrailSet set = GuardrailSet.of("default", GuardrailsConfig.defaults(),
                    new GuardrailSet.Context(Map.of(), Language.EN));
            Backtest backtest = new Backtest(new Authorship(Set.of()), set, null, threads);
            new ExportReader(set.customFields()).read(dir, backtest, n -> { });
            String json = ResultJson.tree(backtest.report()).toString();
            if (oneThread == null) {
                oneThread = json;
                assertTrue(json, json.contains("\"hits\":") && !json.contains("guardrail_failed"));
            } else {
                assertEquals(oneThread, json);
            }
        }
    }

    @Test
    public void aFixedNumberOfCommentsPerTicketForBenchmarks() throws Exception {
        Path dir = folder.newFolder("bench").toPath();
        assertEquals(120, new SampleExport(1, FIELDS).write(dir, 12, 5, 10, false));
    }
}
