package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/**
 * Stub (raw Map as in the real interface). Follows OSWorkflow 2.7.0 (opensymphony:osworkflow:2.7.0 on Maven Central, read with javap); Jira 10.3 ships
 * Atlassian's fork with the same package and raw-Map signatures (its javadoc not seen).
 */
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
