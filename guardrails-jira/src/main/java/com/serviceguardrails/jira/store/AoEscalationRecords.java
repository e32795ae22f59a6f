package com.serviceguardrails.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.serviceguardrails.guidance.EscalationHistory;
import com.serviceguardrails.guidance.EscalationOutcome;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Escalation records on Active Objects; also answers the panel's "what did the escalation do for this comment". */
public class AoEscalationRecords implements EscalationHistory {
    private final ActiveObjects ao;

    public AoEscalationRecords(ActiveObjects ao) {
        this.ao = ao;
    }

    public void record(EscalationRecord record) {
        ao.create(EscalationRecordEntity.class,
                new DBParam("COMMENT_ID", record.commentId()),
                new DBParam("ISSUE_KEY", record.issueKey()),
                new DBParam("RULE_NAME", record.rule()),
                new DBParam("ACTIONS", record.actions().isEmpty() ? null : String.join(",", record.actions())),
                new DBParam("RAISED_PRIORITY_TO", record.raisedPriorityTo()),
                new DBParam("REASSIGNED_TO", record.reassignedTo()),
                new DBParam("AT_MILLIS", record.at().toEpochMilli()));
    }

    /** Every escalation of a comment, newest first (a comment edited into abuse again may escalate again). */
    public List<EscalationRecord> forCommentAll(String commentId) {
        List<EscalationRecord> records = new ArrayList<>();
        Query query = Query.select().where("COMMENT_ID = ?", commentId).order("AT_MILLIS DESC, ID DESC");
        for (EscalationRecordEntity row : ao.find(EscalationRecordEntity.class, query)) {
            List<String> actions = row.getActions() == null || row.getActions().isEmpty() ? List.of() : Arrays.asList(row.getActions().split(","));
            records.add(new EscalationRecord(row.getCommentId(), row.getIssueKey(), row.getRuleName(), actions,
                    row.getRaisedPriorityTo(), row.getReassignedTo(), Instant.ofEpochMilli(row.getAtMillis())));
        }
        return records;
    }

    /** True when this comment has already escalated: the listener never escalates one comment twice. */
    public boolean hasEscalated(String commentId) {
        return ao.count(EscalationRecordEntity.class, Query.select().where("COMMENT_ID = ?", commentId)) > 0;
    }

    @Override
    public Optional<EscalationOutcome> forComment(String commentId) {
        return forCommentAll(commentId).stream().findFirst()
                .map(r -> new EscalationOutcome(r.raisedPriorityTo(), r.reassignedTo(), r.at()));
    }
}
