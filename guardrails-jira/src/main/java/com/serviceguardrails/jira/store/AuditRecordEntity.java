package com.serviceguardrails.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One guardrail audit record: a checked reply, a block, an override with its reason, an escalation, a false
 * positive, an approved refund or a failure (see {@code guidance.AuditKind}). Money columns hold exact decimal text.
 */
@Table("AUDIT")
public interface AuditRecordEntity extends Entity {
    @NotNull
    @Indexed
    Long getAtMillis();

    void setAtMillis(Long atMillis);

    @NotNull
    @Indexed
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);

    Boolean getCompliant();

    void setCompliant(Boolean compliant);

    String getAmount();

    void setAmount(String amount);

    String getAgentLimit();

    void setAgentLimit(String agentLimit);

    String getCurrency();

    void setCurrency(String currency);
}
