package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.rest.InMemoryAuditLog;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira as a workflow module sees it, with Mockito: the logged-in agent, an issue whose custom fields hold what the
 * test puts there, the agent's project roles, and an I18nResolver that answers "key[arg, arg]". The configuration
 * is the real settings store, so modes are set as an admin sets them.
 */
final class WorkflowFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC);

    final InMemoryPluginSettings settings = new InMemoryPluginSettings();
    final LocalClusterLockService locks = new LocalClusterLockService();
    final GuardrailsSettingsStore store = new GuardrailsSettingsStore(settings.factory(), locks.service());
    final ConfigInForce config = new ConfigInForce(store);
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final ProjectRoleManager projectRoles = mock(ProjectRoleManager.class);
    final GroupManager groups = mock(GroupManager.class);
    final I18nResolver i18n = mock(I18nResolver.class);
    final MutableIssue issue = mock(MutableIssue.class);
    private final Map<String, Object> fieldValues = new HashMap<>();

    WorkflowFixture() {
        ApplicationUser agent = user("agent1");
        ApplicationUser customer = user("customer1");
        when(authentication.getLoggedInUser()).thenReturn(agent);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getReporter()).thenReturn(customer);
        when(issue.getProjectObject()).thenReturn(mock(Project.class));
        when(customFields.getCustomFieldObject(anyString())).thenAnswer(call -> {
            CustomField field = mock(CustomField.class);
            when(field.getId()).thenReturn(call.getArgument(0));
            return field;
        });
        when(issue.getCustomFieldValue(any())).thenAnswer(call -> fieldValues.get(((CustomField) call.getArgument(0)).getId()));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return all[0] + Arrays.toString(Arrays.copyOfRange(all, 1, all.length));
        });
        agentRoles("Tier 1");
    }

    static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    void agentRoles(String... names) {
        List<ProjectRole> roles = Arrays.stream(names).map(name -> {
            ProjectRole role = mock(ProjectRole.class);
            when(role.getName()).thenReturn(name);
            return role;
        }).toList();
        when(projectRoles.getProjectRoles(any(), any())).thenReturn(roles);
    }

    void field(String id, Object value) {
        fieldValues.put(id, value);
    }

    /** A refund request in the default request fields (customfield_10200 action, _10201 amount, _10202 currency). */
    void refund(String amount, String currency) {
        field("customfield_10200", "refund");
        field("customfield_10201", amount);
        field("customfield_10202", currency);
    }

    /** Saves the bundled default with these section modes and, for empowerment, Tier 1 / Team Lead limits in EUR. */
    void configure(String openingMode, String empowermentMode) {
        var tree = ConfigCodec.toTree(GuardrailsConfig.defaults());
        tree.with("opening").put("mode", openingMode);
        var empowerment = tree.with("empowerment");
        empowerment.put("mode", empowermentMode);
        empowerment.put("timeZone", "UTC");
        empowerment.set("roles", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(List.of(
                Map.of("role", "Tier 1", "limits", List.of(Map.of("action", "refund", "currency", "EUR",
                        "perTransaction", "50", "perAgentPerDay", "100"))),
                Map.of("role", "Team Lead", "limits", List.of(Map.of("action", "refund", "currency", "EUR",
                        "perTransaction", "200", "perAgentPerDay", "500"))))));
        var result = store.save(tree.toString(), "admin");
        if (!result.isSaved()) {
            throw new AssertionError(result.errors());
        }
    }

    Map<String, Object> transientVars(String comment, String... commentProperty) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        if (comment != null) {
            vars.put("comment", comment);
        }
        if (commentProperty.length > 0) {
            vars.put("commentProperty", commentProperty);
        }
        return vars;
    }
}
