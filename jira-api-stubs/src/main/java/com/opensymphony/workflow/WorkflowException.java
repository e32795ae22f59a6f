package com.opensymphony.workflow;

/**
 * Stub. Follows OSWorkflow 2.7.0 (opensymphony:osworkflow:2.7.0 on Maven Central, read with javap); Jira 10.3 ships
 * Atlassian's fork with the same package and raw-Map signatures (its javadoc not seen).
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
