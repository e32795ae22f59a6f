package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AllowListReview;
import com.serviceguardrails.guidance.AllowListSuggestion;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditFilter;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code allow-list-suggestions}: GET the allow-list suggestions from leads' "not abuse" reports that still wait for
 * the admin (which ones: core {@link AllowListReview}); POST {@code dismiss} records that the admin does not want
 * one ({@code {"language": "en", "term": "scunthorpe"}}). Both read and write the audit log; accepting a suggestion
 * is saving a configuration whose allow-list holds it. Admins only; the write needs the XSRF header.
 */
public final class AllowListSuggestionsApi {

    /** Bytes of a dismissal: a language and words of at most 80 characters. */
    static final int MAX_DISMISS_BYTES = 4 * 1024;
    /** Reports and dismissals read, newest first; older ones are not looked at. */
    static final int MAX_RECORDS_READ = 10_000;

    private final Access access;
    private final AuditLog audit;
    private final Supplier<GuardrailsConfig> config;
    private final Clock clock;

    public AllowListSuggestionsApi(Access access, AuditLog audit, Supplier<GuardrailsConfig> config, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    public ApiResponse list() {
        ApiResponse refused = refuse(null, false);
        if (refused != null) {
            return refused;
        }
        List<AuditEntry> records = audit.find(new AuditFilter(Set.of(AuditKind.FALSE_POSITIVE, AuditKind.SUGGESTION_DISMISSED), null, null, null, null),
                MAX_RECORDS_READ);
        List<Map<String, Object>> out = AllowListReview.pending(records, config.get().abuse()).stream().map(p -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("language", p.suggestion().language());
            s.put("term", p.suggestion().term());
            s.put("rule", p.suggestion().rule());
            s.put("reportedBy", p.reportedBy());
            s.put("reportedByName", access.displayName(p.reportedBy()));
            s.put("reportedAt", p.reportedAt().toString());
            s.put("issueKey", p.issueKey());
            s.put("reports", p.reports());
            return s;
        }).toList();
        return ApiResponse.ok(Map.of("suggestions", out));
    }

    public ApiResponse dismiss(String xsrfHeader, InputStream body) {
        ApiResponse refused = refuse(xsrfHeader, true);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<JsonNode> request = RequestBodies.jsonObject(body, MAX_DISMISS_BYTES);
        if (request.failure() != null) {
            return request.failure();
        }
        JsonNode language = request.value().get("language");
        JsonNode term = request.value().get("term");
        if (language == null || !language.isTextual()) {
            return ApiResponse.error(400, "language", "expected the suggestion's language (en, de, fr or es)");
        }
        if (term == null || !term.isTextual()) {
            return ApiResponse.error(400, "term", "expected the suggestion's words as text");
        }
        Optional<AllowListSuggestion> suggestion = AllowListSuggestion.of(language.textValue(), term.textValue(), "");
        if (suggestion.isEmpty()) {
            boolean languageKnown = AllowListSuggestion.of(language.textValue(), "words", "").isPresent();
            return languageKnown ? ApiResponse.error(400, "term", "expected one line of 1 to 80 characters")
                    : ApiResponse.error(400, "language", "unknown language; expected one of en, de, fr, es");
        }
        audit.record(AuditEntry.of(clock.instant(), AuditKind.SUGGESTION_DISMISSED, access.currentUserKey(), "",
                AllowListReview.dismissalDetail(suggestion.get())));
        return ApiResponse.ok(Map.of("dismissed", true));
    }

    private ApiResponse refuse(String xsrfHeader, boolean write) {
        return Admins.refuse(access, xsrfHeader, write);
    }
}
