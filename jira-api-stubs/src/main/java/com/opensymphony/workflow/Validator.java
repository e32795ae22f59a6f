package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/**
 * Stub (raw Map as in the real interface). Confirmed for OSWorkflow 2.7.0 only: {@code javap} on opensymphony:osworkflow:2.7.0 agrees exactly;
 * source in the public repository {@code tedliang/osworkflow} ({@code src/java/com/opensymphony/workflow/}). Jira 10.3
 * ships Atlassian's fork; its javadoc was not seen.
 */
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
