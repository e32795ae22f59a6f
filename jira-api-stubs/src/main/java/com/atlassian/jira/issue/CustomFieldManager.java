package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stub. Confirmed for Jira 7.2.0 only ({@code CustomField getCustomFieldObject(String)}):
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html ; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);
}
