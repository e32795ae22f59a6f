package com.atlassian.jira.plugin.workflow;

/**
 * Stub: marker interface. Follows https://docs.atlassian.com/software/jira/docs/api/7.2.0/com/atlassian/jira/plugin/workflow/ (7.x pages;
 * the 10.3 page not seen; the interfaces are unchanged since Jira 4 by every version seen).
 */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
