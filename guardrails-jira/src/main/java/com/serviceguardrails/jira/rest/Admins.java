package com.serviceguardrails.jira.rest;

/** The gate of the admin-only endpoints: a logged-in Jira admin, and for a write the XSRF header. */
final class Admins {

    private Admins() {
    }

    /** {@code null} when the caller may go on, otherwise the 401 or 403 to answer. */
    static ApiResponse refuse(Access access, String xsrfHeader, boolean write) {
        String user = access.currentUserKey();
        if (user == null) {
            return ApiResponse.unauthenticated();
        }
        if (!access.isAdmin(user)) {
            return ApiResponse.forbidden();
        }
        return write ? Xsrf.check(xsrfHeader) : null;
    }
}
