package com.atlassian.jira.issue.label;

/**
 * Stub: the plugin never reads the label it gets back. The type is named as the return of {@code LabelManager.addLabel} on
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html (7.x); its own page not seen. Only the members the plugin calls.
 */
public class Label {
}
