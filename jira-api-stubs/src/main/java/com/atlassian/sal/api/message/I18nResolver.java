package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Stub: texts of the plugin's i18n bundles in the current user's language. Follows
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/message/I18nResolver.html (SAL 2.0; the
 * SAL in Jira 10.3 not seen). Only the members the plugin calls.
 */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(String key);
}
