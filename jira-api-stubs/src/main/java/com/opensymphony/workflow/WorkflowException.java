package com.opensymphony.workflow;

/**
 * Stub. Confirmed for OSWorkflow 2.7.0 only: {@code javap} on opensymphony:osworkflow:2.7.0 agrees exactly;
 * source in the public repository {@code tedliang/osworkflow} ({@code src/java/com/opensymphony/workflow/}). Jira 10.3
 * ships Atlassian's fork; its javadoc was not seen.
 */
public class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowException() {
    }

    public WorkflowException(String message) {
        super(message);
    }

    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkflowException(Throwable cause) {
        super(cause);
    }
}
