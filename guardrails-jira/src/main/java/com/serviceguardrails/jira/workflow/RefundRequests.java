package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.InvalidMoneyException;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.RequestFacts;
import com.serviceguardrails.empowerment.RequestFields;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an issue's configured custom fields into the core's {@link LimitRequest}: action, amount and currency,
 * the facts pre-approval rules test, the agent's roles (their project roles in the issue's project and their
 * groups, by name) and the customer (the reporter). The request id is {@code action:amount:currency}, so
 * the same refund on the same issue is recorded once however often the transition runs.
 */
public class RefundRequests {
    private final CustomFieldManager customFields;
    private final ProjectRoleManager projectRoles;
    private final GroupManager groups;

    public RefundRequests(CustomFieldManager customFields, ProjectRoleManager projectRoles, GroupManager groups) {
        this.customFields = customFields;
        this.projectRoles = projectRoles;
        this.groups = groups;
    }

    /**
     * The request on this issue; empty when its action field is empty (no refund, exchange or credit asked).
     *
     * @throws InvalidRequestException naming the field when a value cannot be read (a typo in the amount, say)
     */
    public Optional<LimitRequest> read(Issue issue, ApplicationUser agent, RequestFields fields, Instant at) {
        String actionText = text(issue, fields.action());
        if (actionText == null) {
            return Optional.empty();
        }
        Action action;
        try {
            action = Action.valueOf(actionText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(fields.action(), "\"" + actionText + "\" is not refund, exchange or credit");
        }
        String amountText = required(issue, fields.amount());
        String currencyText = required(issue, fields.currency());
        Money amount;
        try {
            amount = Money.of(amountText, currencyText.trim().toUpperCase(Locale.ROOT));
        } catch (InvalidMoneyException e) {
            throw new InvalidRequestException(fields.amount() + "/" + fields.currency(), e.getMessage());
        }
        ApplicationUser reporter = issue.getReporter();
        String customer = reporter == null ? "anonymous" : reporter.getKey();
        String requestId = action.name().toLowerCase(Locale.ROOT) + ":" + amount.amount().toPlainString() + ":"
                + amount.currency().getCurrencyCode();
        try {
            return Optional.of(new LimitRequest(issue.getKey(), requestId, agent.getKey(), roles(issue, agent), customer,
                    action, amount, facts(issue, fields, at), at));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("request", e.getMessage());
        }
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

    private RequestFacts facts(Issue issue, RequestFields fields, Instant at) {
        Integer age = null;
        String ageText = text(issue, fields.purchaseAgeDays());
        String dateText = text(issue, fields.purchaseDate());
        try {
            if (ageText != null) {
                age = new BigDecimal(ageText.trim()).intValueExact();
            } else if (dateText != null) {
                LocalDate bought = LocalDate.parse(dateText.trim().substring(0, Math.min(10, dateText.trim().length())));
                age = (int) ChronoUnit.DAYS.between(bought, at.atZone(ZoneOffset.UTC).toLocalDate());
            }
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            throw new InvalidRequestException(ageText != null ? fields.purchaseAgeDays() : fields.purchaseDate(),
                    "\"" + (ageText != null ? ageText : dateText) + "\" is not a whole number of days or an ISO date");
        }
        return new RequestFacts(text(issue, fields.reason()), age, text(issue, fields.itemCondition()),
                text(issue, fields.customerTier()));
    }

    private String required(Issue issue, String fieldId) {
        String value = text(issue, fieldId);
        if (value == null) {
            throw new InvalidRequestException(fieldId, "is empty");
        }
        return value;
    }

    /** The field's value as text (select options, numbers and dates by their text), or null when empty. */
    private String text(Issue issue, String fieldId) {
        CustomField field = customFields.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new InvalidRequestException(fieldId, "no such custom field (see empowerment.requestFields)");
        }
        Object value = issue.getCustomFieldValue(field);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).toPlainString()
                : value instanceof java.util.Date date ? date.toInstant().toString() : String.valueOf(value);
        return text.isBlank() ? null : text;
    }

    /** A field the refund rules read cannot be used; the message names the field. */
    public static final class InvalidRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        InvalidRequestException(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
