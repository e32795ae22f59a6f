package com.serviceguardrails.guidance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates audit records into the compliance report: one row per agent per week (weeks start on Monday in the
 * given zone), sorted by week then agent. Records of other kinds are ignored; each record counts once.
 */
public final class ComplianceReport {

    private ComplianceReport() {
    }

    public static List<ComplianceRow> aggregate(Iterable<AuditEntry> entries, ZoneId zone) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, ComplianceKey> keys = new TreeMap<>();
        for (AuditEntry entry : entries) {
            int column = switch (entry.kind()) {
                case REPLY_CHECKED -> 0;
                case ESCALATION -> 2;
                case REFUND_APPROVED -> 3;
                default -> -1;
            };
            if (column < 0) {
                continue;
            }
            LocalDate week = entry.at().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            ComplianceKey key = new ComplianceKey(week, entry.user());
            String sortKey = key.sortKey();
            keys.putIfAbsent(sortKey, key);
            int[] row = counts.computeIfAbsent(sortKey, k -> new int[5]);
            row[column]++;
            if (column == 0 && Boolean.TRUE.equals(entry.compliant())) {
                row[1]++;
            }
            if (column == 3 && entry.aboveAgentLimit()) {
                row[4]++;
            }
        }
        List<ComplianceRow> out = new ArrayList<>(counts.size());
        counts.forEach((sortKey, row) -> {
            ComplianceKey key = keys.get(sortKey);
            out.add(new ComplianceRow(key.agent(), key.week(), row[0], row[1], row[2], row[3], row[4]));
        });
        out.sort(Comparator.comparing(ComplianceRow::week).thenComparing(ComplianceRow::agent));
        return List.copyOf(out);
    }

    private record ComplianceKey(LocalDate week, String agent) {
        String sortKey() {
            return week + "\u0000" + agent;
        }
    }
}
