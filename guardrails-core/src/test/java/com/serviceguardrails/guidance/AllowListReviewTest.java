package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class AllowListReviewTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final AbuseConfig NOTHING_ALLOWED = new AbuseConfig(Mode.ADVISE);

    private static AuditEntry report(int minutes, String lead, String issue, String terms) {
        return AuditEntry.of(T0.plusSeconds(60L * minutes), AuditKind.FALSE_POSITIVE, lead, issue, AllowListReview.reportDetail("100" + minutes, terms));
    }

    private static AuditEntry dismissal(int minutes, String language, String words) {
        return AuditEntry.of(T0.plusSeconds(60L * minutes), AuditKind.SUGGESTION_DISMISSED, "admin", "",
                AllowListReview.dismissalDetail(new AllowListSuggestion(language, words, "")));
    }

    private static List<String> terms(List<AllowListReview.Pending> pending) {
        return pending.stream().map(p -> p.suggestion().language() + ":" + p.suggestion().term()).toList();
    }

    @Test
    public void aReportRecordsTheCommentAndEverySuggestionWithItsRule() {
        assertEquals("comment 10200: en:scunthorpe (en:cunt), de:mist", AllowListReview.reportDetail(" 10200 ", "en:scunthorpe (en:cunt), xx:nope, de:mist"));
        assertEquals("comment 10200", AllowListReview.reportDetail("10200", null));
        String many = String.join(", ", java.util.Collections.nCopies(40, "en:" + "w".repeat(30) + " (en:rule)"));
        String detail = AllowListReview.reportDetail("1", many);
        assertTrue(detail.length() <= AllowListReview.MAX_DETAIL_CHARS);
        assertTrue("only whole entries: " + detail, detail.endsWith("(en:rule)"));
    }

    @Test
    public void oneSuggestionPerLanguageAndWordsWithItsLatestReportAndTheCount() {
        List<AllowListReview.Pending> pending = AllowListReview.pending(List.of(
                report(3, "lee", "SD-3", "en:Scunthorpe (en:cunt)"),
                report(1, "kim", "SD-1", "en:scunthorpe (en:cunt), de:scunthorpe (de:x)"),
                report(2, "ann", "SD-2", "en:scunthorpe  (en:cunt)")), NOTHING_ALLOWED);
        assertEquals(List.of("en:Scunthorpe", "de:scunthorpe"), terms(pending));
        AllowListReview.Pending en = pending.get(0);
        assertEquals("lee", en.reportedBy());
        assertEquals("SD-3", en.issueKey());
        assertEquals("en:cunt", en.suggestion().rule());
        assertEquals(T0.plusSeconds(180), en.reportedAt());
        assertEquals(3, en.reports());
        assertEquals(1, pending.get(1).reports());
    }

    @Test
    public void wordsAlreadyOnTheirLanguagesAllowListAreNotPending() {
        AbuseConfig allowed = new AbuseConfig(Mode.ADVISE, Map.of(), Map.of(Language.EN, List.of("SCUNTHORPE"), Language.DE, List.of("Dick Smith")));
        List<AllowListReview.Pending> pending = AllowListReview.pending(List.of(
                report(1, "kim", "SD-1", "en:scunthorpe (en:cunt), de:scunthorpe (de:x), en:dick   smith (en:dick)")), allowed);
        assertEquals(List.of("de:scunthorpe", "en:dick   smith"), terms(pending));
    }

    @Test
    public void aDismissalCoversTheReportsUntilThenAndANewReportBringsTheWordsBack() {
        List<AuditEntry> log = List.of(
                report(1, "kim", "SD-1", "en:scunthorpe (en:cunt), en:cocktail (en:cock)"),
                dismissal(2, "en", "Scunthorpe"),
                dismissal(2, "de", "cocktail"));
        assertEquals(List.of("en:cocktail"), terms(AllowListReview.pending(log, NOTHING_ALLOWED)));
        List<AuditEntry> later = new java.util.ArrayList<>(log);
        later.add(report(3, "lee", "SD-9", "en:scunthorpe (en:cunt)"));
        List<AllowListReview.Pending> pending = AllowListReview.pending(later, NOTHING_ALLOWED);
        assertEquals(List.of("en:scunthorpe", "en:cocktail"), terms(pending));
        assertEquals("only the report after the dismissal counts", 1, pending.get(0).reports());
        assertEquals("lee", pending.get(0).reportedBy());
    }

    @Test
    public void otherRecordsAndOldReportsWithoutRulesAreRead() {
        List<AllowListReview.Pending> pending = AllowListReview.pending(List.of(
                AuditEntry.of(T0, AuditKind.FALSE_POSITIVE, "kim", "SD-1", "comment 5: en:scunthorpe"),
                AuditEntry.of(T0, AuditKind.OVERRIDE, "kim", "SD-1", "comment 5: en:idiot"),
                AuditEntry.of(T0, AuditKind.FALSE_POSITIVE, "kim", "SD-1", "something else: en:idiot"),
                AuditEntry.of(T0, AuditKind.FALSE_POSITIVE, "kim", "SD-1", "comment 6: en:!!!")), NOTHING_ALLOWED);
        assertEquals(List.of("en:scunthorpe"), terms(pending));
        assertEquals("", pending.get(0).suggestion().rule());
    }
}
