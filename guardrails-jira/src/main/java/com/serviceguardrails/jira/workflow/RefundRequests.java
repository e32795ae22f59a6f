package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.RequestFieldReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an issue's configured custom fields as text and hands them to the core's {@link RequestFieldReader}, the one
 * reader the backtest uses too. Adds what only Jira knows: the agent's roles (their project roles in the issue's
 * project and their groups, by name) and the customer (the reporter). The request id is left to the reader
 * ({@code refund:40.50:EUR}), so the same refund on the same issue is recorded once however often the transition runs.
 */
public class RefundRequests {
    private static final Logger LOG = LoggerFactory.getLogger(RefundRequests.class);

    private final CustomFieldManager customFields;
    private final ProjectRoleManager projectRoles;
    private final GroupManager groups;

    public RefundRequests(CustomFieldManager customFields, ProjectRoleManager projectRoles, GroupManager groups) {
        this.customFields = customFields;
        this.projectRoles = projectRoles;
        this.groups = groups;
    }

    /**
     * The request on this issue; empty when its action field is empty (no refund, exchange or credit asked). An
     * unreadable fact (a purchase date that is no date) is left unknown, as in the backtest, and logged.
     *
     * @throws InvalidRequestException naming the field when the action, amount or currency cannot be read, or a
     *                                 configured field does not exist
     */
    public Optional<LimitRequest> read(Issue issue, ApplicationUser agent, EmpowermentConfig empowerment, Instant at) {
        Map<String, String> values = new HashMap<>();
        for (String fieldId : empowerment.requestFields().byName().values()) {
            String value = text(issue, fieldId);
            if (value != null) {
                values.put(fieldId, value);
            }
        }
        ApplicationUser reporter = issue.getReporter();
        RequestFieldReader.Result read = new RequestFieldReader(empowerment.requestFields(), empowerment.timeZone())
                .read(values, issue.getKey(), null, agent.getKey(), roles(issue, agent),
                        reporter == null ? "anonymous" : reporter.getKey(), at);
        if (read.request().isEmpty() && !read.problems().isEmpty()) {
            throw new InvalidRequestException(String.join("; ", read.problems()));
        }
        read.problems().forEach(problem -> LOG.warn("{}: {}", issue.getKey(), problem));
        return read.request();
    }

    private Set<String> roles(Issue issue, ApplicationUser agent) {
        Set<String> names = new TreeSet<>();
        Collection<ProjectRole> roles = issue.getProjectObject() == null ? null
                : projectRoles.getProjectRoles(agent, issue.getProjectObject());
        if (roles != null) {
            roles.forEach(role -> names.add(role.getName()));
        }
        Collection<String> groupNames = groups.getGroupNamesForUser(agent);
        if (groupNames != null) {
            names.addAll(groupNames);
        }
        return names;
    }

    /** The field's value as text (select options, numbers and dates by their text), or null when empty. */
    private String text(Issue issue, String fieldId) {
        CustomField field = customFields.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new InvalidRequestException(fieldId + ": no such custom field (see empowerment.requestFields)");
        }
        Object value = issue.getCustomFieldValue(field);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).toPlainString()
                : value instanceof java.util.Date date ? date.toInstant().toString() : String.valueOf(value);
        return text.isBlank() ? null : text;
    }

    /** The fields the refund rules read hold no usable request; the message names each field and its problem. */
    public static final class InvalidRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidRequestException(String problems) {
            super(problems);
        }
    }
}
