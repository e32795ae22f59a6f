package com.opensymphony.workflow;

import java.util.List;
import java.util.Map;

/**
 * Stub: what a validator throws to refuse a transition; Jira shows its generic errors to the user.
 * Confirmed for OSWorkflow 2.7.0 only: {@code javap} on opensymphony:osworkflow:2.7.0 agrees exactly;
 * source in the public repository {@code tedliang/osworkflow} ({@code src/java/com/opensymphony/workflow/}). Jira 10.3
 * ships Atlassian's fork; its javadoc was not seen.
 */
public class InvalidInputException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException() {
    }

    public InvalidInputException(Object input) {
    }

    public InvalidInputException(String error) {
    }

    public InvalidInputException(String field, String error) {
    }

    public void addError(String error) {
    }

    public void addError(String field, String error) {
    }

    public Map getErrors() {
        return null;
    }

    public List getGenericErrors() {
        return null;
    }
}
