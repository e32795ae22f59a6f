package com.atlassian.jira.plugin.workflow;

/**
 * Stub: marker interface. Confirmed for Jira 4.0: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html ;
 * still present in 7.0.8 (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html
 * implements the marker interfaces and inherits both methods). The 10.3 page not seen.
 */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
