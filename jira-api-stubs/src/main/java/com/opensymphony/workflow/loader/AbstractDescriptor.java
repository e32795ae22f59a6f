package com.opensymphony.workflow.loader;

/**
 * Stub of the base of workflow descriptors (functions, validators, conditions); the plugin only passes it on.
 * Follows OSWorkflow 2.7.0 (opensymphony:osworkflow:2.7.0 on Maven Central, read with javap); Jira 10.3 ships
 * Atlassian's fork with the same package and raw-Map signatures (its javadoc not seen).
 */
public abstract class AbstractDescriptor {
}
