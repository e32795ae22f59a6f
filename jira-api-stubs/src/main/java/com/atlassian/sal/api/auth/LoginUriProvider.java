package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stub of SAL's login URI provider, the one method the admin servlet calls: where to send an anonymous visitor.
 * Follows https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/auth/LoginUriProvider.html as
 * recalled; not confirmed for the SAL in Jira 10.3.
 */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
