package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * The factory of every Service Guardrails workflow module. They take no parameters: what they check (modes,
 * limits, custom fields) comes from the app's configuration, so one admin page governs every workflow.
 */
public class NoParametersFactory
        implements WorkflowPluginFunctionFactory, WorkflowPluginValidatorFactory, WorkflowPluginConditionFactory {

    public NoParametersFactory() {
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
