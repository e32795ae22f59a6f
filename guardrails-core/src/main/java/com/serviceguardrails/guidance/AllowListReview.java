package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's review of leads' "not abuse" reports: what a report records in the audit log, and which of the
 * allow-list suggestions in those reports still wait for the admin.
 *
 * <p>A suggestion is pending when a lead reported it ({@link AuditKind#FALSE_POSITIVE}), its words are not on that
 * language's allow-list, and no dismissal ({@link AuditKind#SUGGESTION_DISMISSED}) came after its latest report: a
 * dismissal covers the reports made until then, and a new report brings the words back. Words are the same when the
 * abuse detector would read them the same ({@link TextNormalizer}: case, accents, spacing), so one suggestion stands
 * for every report of them in a language, shown with its latest report and the number of reports.
 */
public final class AllowListReview {

    /** Longest detail a report records; entries that do not fit whole are left out. */
    static final int MAX_DETAIL_CHARS = 1000;
    private static final String REPORT_PREFIX = "comment ";

    private AllowListReview() {
    }

    /** A suggestion waiting for the admin, with its latest report (who, when, on which issue) and how many there were. */
    public record Pending(AllowListSuggestion suggestion, String reportedBy, Instant reportedAt, String issueKey, int reports) {
        public Pending {
            Objects.requireNonNull(suggestion, "suggestion");
            Objects.requireNonNull(reportedAt, "reportedAt");
        }
    }

    /**
     * The audit detail of a lead's report on a comment: {@code comment 10200: en:scunthorpe (en:cunt)}. Of the
     * suggestions sent ({@code terms}, as the panel's button carries them) only those that read back are kept, and only
     * whole ones within {@value #MAX_DETAIL_CHARS} characters.
     */
    public static String reportDetail(String commentId, String terms) {
        String head = REPORT_PREFIX + (commentId == null ? "" : commentId.strip());
        if (head.length() > MAX_DETAIL_CHARS) {
            return head.substring(0, MAX_DETAIL_CHARS);
        }
        StringBuilder out = new StringBuilder(head);
        String separator = ": ";
        for (AllowListSuggestion suggestion : AllowListSuggestion.decode(terms)) {
            String entry = suggestion.encoded();
            if (out.length() + separator.length() + entry.length() > MAX_DETAIL_CHARS) {
                break;
            }
            out.append(separator).append(entry);
            separator = ", ";
        }
        return out.toString();
    }

    /** The audit detail of the admin's dismissal: the words and their language ({@code en:scunthorpe}). */
    public static String dismissalDetail(AllowListSuggestion suggestion) {
        return new AllowListSuggestion(suggestion.language(), suggestion.term(), "").encoded();
    }

    /** The suggestions a report's detail holds ({@link #reportDetail}); none when it is not a report's. */
    static List<AllowListSuggestion> reported(String detail) {
        if (detail == null || !detail.startsWith(REPORT_PREFIX)) {
            return List.of();
        }
        int colon = detail.indexOf(": ");
        return colon < 0 ? List.of() : AllowListSuggestion.decode(detail.substring(colon + 2));
    }

    /**
     * The suggestions waiting for the admin, newest report first, from the audit records of reports and dismissals
     * (others are ignored) and the allow-lists of the configuration in force.
     */
    public static List<Pending> pending(List<AuditEntry> entries, AbuseConfig abuse) {
        Map<String, Instant> dismissed = new HashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.kind() == AuditKind.SUGGESTION_DISMISSED) {
                for (AllowListSuggestion suggestion : AllowListSuggestion.decode(entry.detail())) {
                    key(suggestion.language(), suggestion.term()).ifPresent(key -> dismissed.merge(key, entry.at(), AllowListReview::later));
                }
            }
        }
        Set<String> allowed = new HashSet<>();
        for (Language language : Language.values()) {
            for (String entry : abuse.allowFor(language)) {
                key(language.code(), entry).ifPresent(allowed::add);
            }
        }
        Map<String, Pending> out = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.kind() != AuditKind.FALSE_POSITIVE) {
                continue;
            }
            for (AllowListSuggestion suggestion : reported(entry.detail())) {
                Optional<String> key = key(suggestion.language(), suggestion.term());
                if (key.isEmpty() || allowed.contains(key.get())) {
                    continue;
                }
                Instant dismissal = dismissed.get(key.get());
                if (dismissal != null && !entry.at().isAfter(dismissal)) {
                    continue;
                }
                Pending before = out.get(key.get());
                Pending report = new Pending(suggestion, entry.user(), entry.at(), entry.issueKey(), 1);
                if (before == null) {
                    out.put(key.get(), report);
                } else {
                    Pending latest = entry.at().isAfter(before.reportedAt()) ? report : before;
                    out.put(key.get(), new Pending(latest.suggestion(), latest.reportedBy(), latest.reportedAt(), latest.issueKey(), before.reports() + 1));
                }
            }
        }
        List<Pending> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(Pending::reportedAt).reversed()
                .thenComparing(p -> p.suggestion().language())
                .thenComparing(p -> p.suggestion().term()));
        return List.copyOf(list);
    }

    /** Language and words as the abuse detector reads them, or empty when there are no words to allow. */
    private static Optional<String> key(String language, String words) {
        NormalizedText text = TextNormalizer.standard().normalize(words);
        if (text.size() == 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(language).append(':');
        for (int i = 0; i < text.size(); i++) {
            out.append(i == 0 ? "" : " ").append(text.word(i));
        }
        return Optional.of(out.toString());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
