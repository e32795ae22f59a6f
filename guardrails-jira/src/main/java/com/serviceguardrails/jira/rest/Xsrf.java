package com.serviceguardrails.jira.rest;

/**
 * XSRF protection for writes, on top of the REST framework's own: a write must carry the header
 * {@code X-Atlassian-Token: no-check}, which a cross-site form or image cannot send.
 */
public final class Xsrf {

    public static final String HEADER = "X-Atlassian-Token";
    public static final String VALUE = "no-check";

    private Xsrf() {
    }

    /** {@code null} when the token is right, otherwise the 403 to answer. */
    public static ApiResponse check(String headerValue) {
        return VALUE.equals(headerValue) ? null : ApiResponse.error(403, "", "XSRF check failed: send the header " + HEADER + ": " + VALUE);
    }
}
