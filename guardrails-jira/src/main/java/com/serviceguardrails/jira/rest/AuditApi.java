package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.guidance.AllowListReview;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import com.serviceguardrails.guidance.ComplianceReport;
import com.serviceguardrails.guidance.ComplianceRow;
import com.serviceguardrails.guidance.CsvTable;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code audit} (JSON or CSV, filtered), {@code report} (compliance per agent per week) and
 * {@code false-positive} (a lead says a finding was not abuse). Admins and leads only; the write needs XSRF.
 */
public final class AuditApi {

    static final int MAX_FALSE_POSITIVE_BYTES = 16 * 1024;
    static final List<String> CSV_HEADER = List.of("at", "kind", "user", "issue", "detail", "compliant", "amount", "agentLimit", "currency");

    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    public AuditApi(Access access, AuditLog audit, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ApiResponse list(List<String> kinds, String user, String issue, String from, String to, String limit) {
        return withQuery(kinds, user, issue, from, to, null, limit, query ->
                ApiResponse.ok(Map.of("entries", audit.find(query.filter(), query.limit()).stream().map(AuditApi::toJson).toList())));
    }

    public ApiResponse csv(List<String> kinds, String user, String issue, String from, String to, String limit) {
        return withQuery(kinds, user, issue, from, to, null, limit, query -> {
            List<List<String>> rows = new ArrayList<>();
            for (AuditEntry e : audit.find(query.filter(), query.limit())) {
                rows.add(java.util.Arrays.asList(e.at().toString(), e.kind().jsonName(), e.user(), e.issueKey(), e.detail(),
                        e.compliant() == null ? "" : e.compliant().toString(),
                        e.amount() == null ? "" : e.amount().toPlainString(),
                        e.agentLimit() == null ? "" : e.agentLimit().toPlainString(),
                        e.currency() == null ? "" : e.currency()));
            }
            return new ApiResponse(200, CsvTable.write(CSV_HEADER, rows), "text/csv");
        });
    }

    public ApiResponse report(String from, String to, String zone) {
        return withQuery(List.of("reply_checked", "escalation", "refund_approved"), null, null, from, to, zone,
                String.valueOf(AuditQuery.MAX_LIMIT), query -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (ComplianceRow row : ComplianceReport.aggregate(audit.find(query.filter(), query.limit()), query.zone())) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("agent", row.agent());
                        r.put("week", row.week().toString());
                        r.put("publicReplies", row.publicReplies());
                        r.put("compliantReplies", row.compliantReplies());
                        r.put("compliantPercent", row.compliantPercent() < 0 ? null : row.compliantPercent());
                        r.put("escalations", row.escalations());
                        r.put("refundsApproved", row.refundsApproved());
                        r.put("refundsAboveLimit", row.refundsAboveLimit());
                        rows.add(r);
                    }
                    return ApiResponse.ok(Map.of("zone", query.zone().getId(), "rows", rows));
                });
    }

    /**
     * Records a lead's "not abuse" report: body {@code {issueKey, commentId, terms}} as the panel sends it, where
     * {@code terms} are the allow-list entries the panel suggests ({@code en:scunthorpe (en:cunt)}); the admin sees
     * them in the audit log under {@code false_positive} and, still pending, on the admin page
     * ({@link AllowListSuggestionsApi}).
     */
    public ApiResponse falsePositive(String xsrfHeader, InputStream body) {
        String user = access.currentUserKey();
        ApiResponse refused = refuseReader(user);
        if (refused == null) {
            refused = Xsrf.check(xsrfHeader);
        }
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<JsonNode> request = RequestBodies.jsonObject(body, MAX_FALSE_POSITIVE_BYTES);
        if (request.failure() != null) {
            return request.failure();
        }
        List<ApiResponse.ApiError> errors = new ArrayList<>();
        String issueKey = CheckApi.textField(request.value(), "issueKey", true, errors);
        String commentId = CheckApi.textField(request.value(), "commentId", true, errors);
        String terms = CheckApi.textField(request.value(), "terms", false, errors);
        if (!errors.isEmpty()) {
            return ApiResponse.errors(400, errors);
        }
        audit.record(AuditEntry.of(clock.instant(), AuditKind.FALSE_POSITIVE, user, issueKey, AllowListReview.reportDetail(commentId, terms)));
        return ApiResponse.ok(Map.of("recorded", true));
    }

    private ApiResponse withQuery(List<String> kinds, String user, String issue, String from, String to, String zone,
                                  String limit, java.util.function.Function<AuditQuery, ApiResponse> answer) {
        ApiResponse refused = refuseReader(access.currentUserKey());
        if (refused != null) {
            return refused;
        }
        List<ApiResponse.ApiError> errors = new ArrayList<>();
        AuditQuery query = AuditQuery.parse(kinds, user, issue, from, to, zone, limit, errors);
        return errors.isEmpty() ? answer.apply(query) : ApiResponse.errors(400, errors);
    }

    private ApiResponse refuseReader(String user) {
        if (user == null) {
            return ApiResponse.unauthenticated();
        }
        return access.isAdmin(user) || access.isLead(user) ? null : ApiResponse.forbidden();
    }

    static Map<String, Object> toJson(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", e.at().toString());
        out.put("kind", e.kind().jsonName());
        out.put("user", e.user());
        out.put("issueKey", e.issueKey());
        out.put("detail", e.detail());
        out.put("compliant", e.compliant());
        out.put("amount", e.amount() == null ? null : e.amount().toPlainString());
        out.put("agentLimit", e.agentLimit() == null ? null : e.agentLimit().toPlainString());
        out.put("currency", e.currency());
        return out;
    }
}
