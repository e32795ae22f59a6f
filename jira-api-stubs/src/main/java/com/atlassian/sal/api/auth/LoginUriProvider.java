package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stub of SAL's login URI provider, the one method the admin servlet calls: where to send an anonymous visitor.
 * Confirmed through an implementing class only ({@code URI getLoginUri(URI)} "in interface
 * com.atlassian.sal.api.auth.LoginUriProvider"): https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html ;
 * Bamboo 10.0.2 still implements the interface. The SAL in Jira 10.3 not seen.
 */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
