package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Stub: gives the velocity views of a workflow module their parameters and turns the edit form into descriptor
 * arguments. Confirmed for Jira 4.0: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html ;
 * still present in 7.0.8 (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html
 * implements the marker interfaces and inherits both methods). The 10.3 page not seen.
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
