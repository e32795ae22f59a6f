package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import com.serviceguardrails.guidance.ReplyAction;
import com.serviceguardrails.guidance.ReplyCheck;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST check} (reply text → verdict, for the reply guard) and {@code POST check/override} (the agent sends a
 * held reply anyway and says why). Any agent may call them. A block and an override are recorded in the audit log;
 * the reply's text is not, only its ticket.
 */
public final class CheckApi {

    static final int MAX_CHECK_BYTES = 64 * 1024;
    static final int MAX_OVERRIDE_BYTES = 8 * 1024;
    static final int MAX_REASON_CHARS = 1000;
    static final int MAX_ISSUE_KEY_CHARS = 255;

    private static final Logger LOG = LoggerFactory.getLogger(CheckApi.class);

    private final Access access;
    private final ReplyGuard guard;
    private final Supplier<GuardrailsConfig> config;
    private final AuditLog audit;
    private final Clock clock;

    public CheckApi(Access access, ReplyGuard guard, Supplier<GuardrailsConfig> config, AuditLog audit, Clock clock) {
        this.access = access;
        this.guard = guard;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    public ApiResponse check(String xsrfHeader, InputStream body) {
        String user = access.currentUserKey();
        ApiResponse refused = refuse(user, xsrfHeader);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<JsonNode> request = RequestBodies.jsonObject(body, MAX_CHECK_BYTES);
        if (request.failure() != null) {
            return request.failure();
        }
        JsonNode json = request.value();
        List<ApiResponse.ApiError> errors = new ArrayList<>();
        String text = textField(json, "text", true, errors);
        String issueKey = textField(json, "issueKey", false, errors);
        JsonNode internal = json.get("internal");
        if (internal != null && !internal.isBoolean()) {
            errors.add(new ApiResponse.ApiError("internal", "expected true or false"));
        }
        if (issueKey != null && issueKey.length() > MAX_ISSUE_KEY_CHARS) {
            errors.add(new ApiResponse.ApiError("issueKey", "longer than " + MAX_ISSUE_KEY_CHARS + " characters"));
        }
        if (!errors.isEmpty()) {
            return ApiResponse.errors(400, errors);
        }
        Language fallback = Language.fromCode(textField(json, "language", false, errors)).orElse(Language.EN);
        ReplyCheck check = guard.check(config.get(), text, internal != null && internal.booleanValue(), fallback);
        if (check.action() == ReplyAction.BLOCK) {
            record(AuditEntry.of(clock.instant(), AuditKind.BLOCK, user, issueKey, blockReason(check)));
        }
        if (check.degraded()) {
            LOG.warn("Service Guardrails: reply check for {} degraded: a guardrail failed and was skipped", issueKey);
            record(AuditEntry.of(clock.instant(), AuditKind.FAILURE, user, issueKey, "reply check degraded"));
        }
        return ApiResponse.ok(toJson(check));
    }

    public ApiResponse override(String xsrfHeader, InputStream body) {
        String user = access.currentUserKey();
        ApiResponse refused = refuse(user, xsrfHeader);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<JsonNode> request = RequestBodies.jsonObject(body, MAX_OVERRIDE_BYTES);
        if (request.failure() != null) {
            return request.failure();
        }
        List<ApiResponse.ApiError> errors = new ArrayList<>();
        String issueKey = textField(request.value(), "issueKey", true, errors);
        String reason = textField(request.value(), "reason", true, errors);
        if (reason != null && reason.strip().length() > MAX_REASON_CHARS) {
            errors.add(new ApiResponse.ApiError("reason", "longer than " + MAX_REASON_CHARS + " characters"));
        }
        if (issueKey != null && issueKey.length() > MAX_ISSUE_KEY_CHARS) {
            errors.add(new ApiResponse.ApiError("issueKey", "longer than " + MAX_ISSUE_KEY_CHARS + " characters"));
        }
        if (!errors.isEmpty()) {
            return ApiResponse.errors(400, errors);
        }
        AuditEntry entry = AuditEntry.of(clock.instant(), AuditKind.OVERRIDE, user, issueKey, reason.strip());
        audit.record(entry);
        return ApiResponse.ok(Map.of("recorded", true, "at", entry.at().toString()));
    }

    private ApiResponse refuse(String user, String xsrfHeader) {
        if (user == null) {
            return ApiResponse.unauthenticated();
        }
        if (!access.isAgent(user)) {
            return ApiResponse.forbidden();
        }
        return Xsrf.check(xsrfHeader);
    }

    private void record(AuditEntry entry) {
        try {
            audit.record(entry);
        } catch (RuntimeException e) {
            // the verdict still goes back to the agent; a lost audit line must not block a reply
            LOG.warn("Service Guardrails: could not record {} for {}", entry.kind(), entry.issueKey(), e);
        }
    }

    private static String blockReason(ReplyCheck check) {
        List<String> reasons = new ArrayList<>();
        if (check.opening() != null && !check.opening().compliant()) {
            reasons.add("opening: " + check.opening().reason());
        }
        for (Finding finding : check.toneFindings()) {
            reasons.add("tone: " + finding.rule());
        }
        return String.join("; ", reasons);
    }

    /** A string field; a required one must be present and not blank. Errors are added, {@code null} returned. */
    static String textField(JsonNode json, String name, boolean required, List<ApiResponse.ApiError> errors) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new ApiResponse.ApiError(name, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new ApiResponse.ApiError(name, "expected a string"));
            return null;
        }
        if (required && node.textValue().isBlank()) {
            errors.add(new ApiResponse.ApiError(name, "must not be blank"));
            return null;
        }
        return node.textValue();
    }

    static Map<String, Object> toJson(ReplyCheck check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", check.action().jsonName());
        out.put("language", check.language());
        if (check.opening() != null) {
            Map<String, Object> opening = new LinkedHashMap<>();
            opening.put("compliant", check.opening().compliant());
            opening.put("reason", check.opening().reason());
            opening.put("explanation", check.opening().explanation());
            opening.put("suggestedOpener", check.opening().suggestedOpener());
            out.put("opening", opening);
        }
        List<Map<String, Object>> tone = new ArrayList<>();
        for (Finding finding : check.toneFindings()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("start", finding.start());
            f.put("end", finding.end());
            f.put("category", finding.category().name().toLowerCase(java.util.Locale.ROOT));
            f.put("rule", finding.rule());
            tone.add(f);
        }
        out.put("tone", tone);
        out.put("degraded", check.degraded());
        return out;
    }
}
