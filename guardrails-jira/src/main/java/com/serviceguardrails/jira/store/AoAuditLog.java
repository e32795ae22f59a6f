package com.serviceguardrails.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditFilter;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The audit log on Active Objects. Every record is one insert, so records from several nodes never collide.
 * Filters run in the database (indexed columns), newest first, capped at {@link #MAX_LIMIT} rows.
 */
public class AoAuditLog implements AuditLog {
    /** The most rows one query returns, whatever the caller asks. */
    public static final int MAX_LIMIT = 10_000;
    /** Details longer than this are cut (they are reasons and rule names, not documents). */
    static final int MAX_DETAIL_CHARS = 4_000;

    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        List<DBParam> params = new ArrayList<>();
        params.add(new DBParam("AT_MILLIS", entry.at().toEpochMilli()));
        params.add(new DBParam("KIND", entry.kind().name()));
        params.add(new DBParam("USER_KEY", entry.user()));
        // AO stores '' as null (as Oracle does); AuditEntry reads null back as ""
        params.add(new DBParam("ISSUE_KEY", emptyToNull(entry.issueKey().toUpperCase(Locale.ROOT))));
        String detail = entry.detail();
        params.add(new DBParam("DETAIL",
                emptyToNull(detail.length() > MAX_DETAIL_CHARS ? detail.substring(0, MAX_DETAIL_CHARS) : detail)));
        params.add(new DBParam("COMPLIANT", entry.compliant()));
        params.add(new DBParam("AMOUNT", plain(entry.amount())));
        params.add(new DBParam("AGENT_LIMIT", plain(entry.agentLimit())));
        params.add(new DBParam("CURRENCY", entry.currency()));
        ao.create(AuditRecordEntity.class, params.toArray(DBParam[]::new));
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        StringJoiner where = new StringJoiner(" AND ");
        List<Object> values = new ArrayList<>();
        if (!filter.kinds().isEmpty()) {
            StringJoiner in = new StringJoiner(", ", "KIND IN (", ")");
            for (AuditKind kind : filter.kinds()) {
                in.add("?");
                values.add(kind.name());
            }
            where.add(in.toString());
        }
        if (filter.user() != null) {
            where.add("USER_KEY = ?");
            values.add(filter.user());
        }
        if (filter.issueKey() != null) {
            where.add("ISSUE_KEY = ?");
            values.add(filter.issueKey().toUpperCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.add("AT_MILLIS >= ?");
            values.add(MillisWindow.ceilMillis(filter.from()));
        }
        if (filter.to() != null) {
            where.add("AT_MILLIS < ?");
            values.add(MillisWindow.ceilMillis(filter.to()));
        }
        Query query = Query.select();
        if (!values.isEmpty()) {
            query = query.where(where.toString(), values.toArray());
        }
        query = query.order("AT_MILLIS DESC, ID DESC").limit(Math.min(limit, MAX_LIMIT));
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditRecordEntity row : ao.find(AuditRecordEntity.class, query)) {
            entries.add(new AuditEntry(Instant.ofEpochMilli(row.getAtMillis()), AuditKind.valueOf(row.getKind()),
                    row.getUserKey(), row.getIssueKey(), row.getDetail(), row.getCompliant(),
                    decimal(row.getAmount()), decimal(row.getAgentLimit()), row.getCurrency()));
        }
        return entries;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
