package com.atlassian.servicedesk.api.license;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub (engineer plugin2). Confirmed on
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/license/ServiceDeskLicenseService.html
 * ({@code @PublicApi}). Only the member the plugin calls.
 */
public interface ServiceDeskLicenseService {
    boolean hasAgentLicense(ApplicationUser user);
}
