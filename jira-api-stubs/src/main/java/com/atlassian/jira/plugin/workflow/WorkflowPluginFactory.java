package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Stub: gives the velocity views of a workflow module their parameters and turns the edit form into descriptor
 * arguments. Follows https://docs.atlassian.com/software/jira/docs/api/7.2.0/com/atlassian/jira/plugin/workflow/ (7.x pages;
 * the 10.3 page not seen; the interfaces are unchanged since Jira 4 by every version seen).
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
