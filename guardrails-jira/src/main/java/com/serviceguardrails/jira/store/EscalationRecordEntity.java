package com.serviceguardrails.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * What an escalation did, for which comment, by which rule, and when: the actions taken (comma-separated names),
 * the priority it raised the ticket to and the person it handed it to (null when not part of the plan).
 */
@Table("ESCALATION")
public interface EscalationRecordEntity extends Entity {
    @NotNull
    @Indexed
    String getCommentId();

    void setCommentId(String commentId);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getRuleName();

    void setRuleName(String ruleName);

    /** Null when the plan had no action (AO, like Oracle, cannot tell '' from null). */
    @StringLength(StringLength.UNLIMITED)
    String getActions();

    void setActions(String actions);

    String getRaisedPriorityTo();

    void setRaisedPriorityTo(String raisedPriorityTo);

    String getReassignedTo();

    void setReassignedTo(String reassignedTo);

    @NotNull
    Long getAtMillis();

    void setAtMillis(Long atMillis);
}
