package com.opensymphony.workflow.loader;

/**
 * Stub of the base of workflow descriptors (functions, validators, conditions); the plugin only passes it on.
 * Real declaration (OSWorkflow 2.7.0, {@code javap} on opensymphony:osworkflow:2.7.0 and the source mirrored in
 * the public repository {@code tedliang/osworkflow}, {@code src/java/com/opensymphony/workflow/loader/AbstractDescriptor.java}):
 * {@code public abstract class AbstractDescriptor implements XMLizable, Serializable}. {@code Serializable} is kept;
 * {@code com.opensymphony.workflow.util.XMLizable} is left out (it would need one more stub and no code uses it).
 * Jira 10.3 ships Atlassian's fork of OSWorkflow; its javadoc was not seen, so only 2.7.0 is confirmed.
 */
public abstract class AbstractDescriptor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
}
