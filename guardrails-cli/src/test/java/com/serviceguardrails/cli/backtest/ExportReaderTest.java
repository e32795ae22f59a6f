package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static com.serviceguardrails.cli.backtest.ExportFixtures.comment;
import static com.serviceguardrails.cli.backtest.ExportFixtures.issue;
import static com.serviceguardrails.cli.backtest.ExportFixtures.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ExportReaderTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ExportReader reader = new ExportReader(Set.of("customfield_10200"));

    private ExportFixtures.Collected read(String json) throws Exception {
        ExportFixtures.Collected collected = new ExportFixtures.Collected();
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "page.json", collected);
        return collected;
    }

    @Test
    public void readsIssuesWithPeopleCommentsAndJsmVisibility() throws Exception {
        ExportFixtures.Collected got = read(page(0, 1, issue("HELP-1", "maria", "tom", "\"customfield_10200\":120.50",
                comment("10", "maria", "\"My parcel never came.\"", null),
                comment("11", "tom", "\"Sorry about the missing parcel.\"", false),
                comment("12", "tom", "\"Courier says lost.\"", true))));
        assertEquals(0, got.problems.size());
        ExportTicket ticket = got.tickets.get(0);
        assertEquals("HELP-1", ticket.key());
        assertEquals("maria", ticket.reporter().id());
        assertEquals("Agent tom", ticket.assignee().displayName());
        assertEquals("Medium", ticket.priority());
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), ticket.created());
        assertEquals("120.50", ticket.customFields().get("customfield_10200").asText());
        assertEquals(3, ticket.comments().size());
        assertEquals(ExportComment.Visibility.UNKNOWN, ticket.comments().get(0).visibility());
        assertEquals(ExportComment.Visibility.PUBLIC, ticket.comments().get(1).visibility());
        assertEquals(ExportComment.Visibility.INTERNAL, ticket.comments().get(2).visibility());
        assertEquals("Sorry about the missing parcel.", ticket.comments().get(1).body());
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), ticket.comments().get(1).created());
    }

    @Test
    public void keepsOnlyTheCustomFieldsTheConfigurationNames() throws Exception {
        ExportFixtures.Collected got = read(page(0, 1, issue("HELP-2", "maria", "tom",
                "\"customfield_10200\":45,\"customfield_99999\":{\"value\":\"unknown to us\"}")));
        assertEquals(Set.of("customfield_10200"), got.tickets.get(0).customFields().keySet());
        assertEquals(0, got.problems.size());
    }

    @Test
    public void readsConcatenatedPages() throws Exception {
        ExportFixtures.Collected got = read(page(0, 3, issue("HELP-1", "a", "t", ""), issue("HELP-2", "b", "t", ""))
                + "\n" + page(2, 3, issue("HELP-3", "c", "t", "")));
        assertEquals(3, got.tickets.size());
        assertEquals("HELP-3", got.tickets.get(2).key());
    }

    @Test
    public void skipsACommentWithoutBodyAndSaysWhere() throws Exception {
        ExportFixtures.Collected got = read(page(0, 1, issue("HELP-7", "maria", "tom", "",
                comment("70", "maria", "null", null), comment("71", "maria", "\"   \"", null), comment("72", "tom", "\"Sorry!\"", null))));
        assertEquals(1, got.tickets.get(0).comments().size());
        assertEquals(2, got.problems.size());
        InputProblem first = got.problems.get(0);
        assertEquals(InputProblem.Reason.COMMENT_WITHOUT_BODY, first.reason());
        assertTrue(first.where(), first.where().startsWith("page.json:1:"));
        assertTrue(first.where(), first.where().endsWith("HELP-7 comment 70"));
    }

    @Test
    public void aMalformedPageLosesOnlyTheRestOfItsFileAndTheNextFileIsRead() throws Exception {
        Path dir = folder.newFolder("export").toPath();
        Files.writeString(dir.resolve("page-1.json"), page(0, 4, issue("HELP-1", "a", "t", ""),
                "{\"key\":\"HELP-2\",\"fields\":{\"summary\": oops}}", issue("HELP-3", "c", "t", "")));
        Files.writeString(dir.resolve("page-2.json"), page(3, 4, issue("HELP-4", "d", "t", "")));
        ExportFixtures.Collected got = new ExportFixtures.Collected();
        reader.read(dir, got, n -> { });
        assertEquals(2, got.tickets.size());
        assertEquals("HELP-1", got.tickets.get(0).key());
        assertEquals("HELP-4", got.tickets.get(1).key());
        assertEquals(1, got.problems.size());
        assertEquals(InputProblem.Reason.MALFORMED_JSON, got.problems.get(0).reason());
        assertTrue(got.problems.get(0).where(), got.problems.get(0).where().startsWith("page-1.json:1:"));
    }

    @Test
    public void aTruncatedFileKeepsTheIssuesBeforeTheCut() throws Exception {
        String full = page(0, 2, issue("HELP-1", "a", "t", ""), issue("HELP-2", "b", "t", ""));
        ExportFixtures.Collected got = read(full.substring(0, full.length() - 60));
        assertEquals(1, got.tickets.size());
        assertEquals(InputProblem.Reason.TRUNCATED_FILE, got.problems.get(0).reason());
    }

    @Test
    public void reportsIssuesThatAreNotIssuesAndTruncatedCommentLists() throws Exception {
        String cut = issue("HELP-9", "a", "t", "", comment("1", "a", "\"hello\"", null)).replace("\"total\":1", "\"total\":40");
        ExportFixtures.Collected got = read(page(0, 3, "{\"id\":\"5\"}", "42", cut) + "[1,2]" + "{\"total\":0}");
        assertEquals(1, got.tickets.size());
        assertEquals(5, got.problems.size());
        assertEquals(InputProblem.Reason.NOT_AN_ISSUE, got.problems.get(0).reason());
        assertEquals(InputProblem.Reason.NOT_AN_ISSUE, got.problems.get(1).reason());
        assertEquals(InputProblem.Reason.COMMENTS_MISSING, got.problems.get(2).reason());
        assertTrue(got.problems.get(2).message(), got.problems.get(2).message().contains("40 comments"));
        assertEquals(InputProblem.Reason.NOT_AN_ISSUE, got.problems.get(3).reason());
        assertEquals(InputProblem.Reason.NOT_AN_ISSUE, got.problems.get(4).reason());
    }

    @Test
    public void directoriesAreReadInNameOrderSkippingHiddenAndOtherFiles() throws Exception {
        Path dir = folder.newFolder("pages").toPath();
        Files.writeString(dir.resolve("page-000000100.json"), page(100, 101, issue("HELP-101", "a", "t", "")));
        Files.writeString(dir.resolve("page-000000000.json"), page(0, 101, issue("HELP-1", "a", "t", "")));
        Files.writeString(dir.resolve(".fetch-state.json"), "{\"jql\":\"x\"}");
        Files.writeString(dir.resolve("notes.txt"), "not an export");
        ExportFixtures.Collected got = new ExportFixtures.Collected();
        long[] bytes = {0};
        reader.read(dir, got, n -> bytes[0] += n);
        assertEquals("HELP-1", got.tickets.get(0).key());
        assertEquals("HELP-101", got.tickets.get(1).key());
        assertEquals(0, got.problems.size());
        assertEquals(Files.size(dir.resolve("page-000000100.json")) + Files.size(dir.resolve("page-000000000.json")), bytes[0]);
    }

    @Test
    public void datesInJirasFormatAndIsoAreRead() {
        var json = JsonNodeFactory.instance;
        assertEquals(Instant.parse("2026-03-02T08:15:00.250Z"), ExportReader.date(json.textNode("2026-03-02T09:15:00.250+0100")));
        assertEquals(Instant.parse("2026-03-02T14:45:00Z"), ExportReader.date(json.textNode("2026-03-02T09:15:00.000-0530")));
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), ExportReader.date(json.textNode("2026-03-02T09:15:00+00:00")));
        assertEquals(null, ExportReader.date(json.textNode("2026-02-30T09:15:00.000+0000")));
        assertEquals(null, ExportReader.date(json.textNode("yesterday")));
    }

    @Test
    public void anEmptyDirectoryIsReportedNotSilentlyEmpty() throws Exception {
        ExportFixtures.Collected got = new ExportFixtures.Collected();
        reader.read(folder.newFolder("empty").toPath(), got, n -> { });
        assertEquals(InputProblem.Reason.UNREADABLE_FILE, got.problems.get(0).reason());
        assertTrue(got.problems.get(0).message().contains("no page files"));
    }

    @Test
    public void cloudStyleJsdPublicFlagIsUnderstood() throws Exception {
        var node = new ObjectMapper().readTree("{\"jsdPublic\":false}");
        assertEquals(ExportComment.Visibility.INTERNAL, ExportReader.visibility(node));
    }
}
