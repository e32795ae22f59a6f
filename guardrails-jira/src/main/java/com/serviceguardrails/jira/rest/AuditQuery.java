package com.serviceguardrails.jira.rest;

import com.serviceguardrails.guidance.AuditFilter;
import com.serviceguardrails.guidance.AuditKind;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Query parameters shared by {@code audit} and {@code report}: {@code kind} (repeatable), {@code user},
 * {@code issue}, {@code from} and {@code to} (ISO dates, {@code to} inclusive), {@code zone} (IANA zone, default
 * UTC), {@code limit}. Every bad parameter is reported by name.
 */
record AuditQuery(AuditFilter filter, ZoneId zone, int limit) {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 10_000;

    static AuditQuery parse(List<String> kinds, String user, String issue, String from, String to, String zone,
                            String limit, List<ApiResponse.ApiError> errors) {
        Set<AuditKind> kindSet = EnumSet.noneOf(AuditKind.class);
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            AuditKind.fromJsonName(kind).ifPresentOrElse(kindSet::add,
                    () -> errors.add(new ApiResponse.ApiError("kind", "unknown kind \"" + kind + "\"")));
        }
        ZoneId zoneId = ZoneId.of("UTC");
        if (zone != null && !zone.isBlank()) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                errors.add(new ApiResponse.ApiError("zone", "unknown time zone \"" + zone + "\""));
            }
        }
        Instant fromInstant = date("from", from, zoneId, 0, errors);
        Instant toInstant = date("to", to, zoneId, 1, errors);
        int max = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.strip());
                if (max < 1 || max > MAX_LIMIT) {
                    errors.add(new ApiResponse.ApiError("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new ApiResponse.ApiError("limit", "expected a whole number"));
            }
        }
        String userKey = user == null || user.isBlank() ? null : user.strip();
        String issueKey = issue == null || issue.isBlank() ? null : issue.strip();
        return new AuditQuery(new AuditFilter(kindSet, userKey, issueKey, fromInstant, toInstant), zoneId, max);
    }

    /** The start of the day, plus {@code plusDays} (so {@code to} covers its whole day). */
    private static Instant date(String name, String value, ZoneId zone, int plusDays, List<ApiResponse.ApiError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            errors.add(new ApiResponse.ApiError(name, "expected a date like 2026-11-30"));
            return null;
        }
    }
}
