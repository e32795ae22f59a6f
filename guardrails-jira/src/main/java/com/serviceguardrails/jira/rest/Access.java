package com.serviceguardrails.jira.rest;

/**
 * Who is calling and what they may do. The Jira implementation asks SAL's user manager and the service desk roles;
 * endpoints check it themselves as well as carrying the REST access annotations, so a mis-declared resource still
 * refuses the wrong caller.
 */
public interface Access {

    /** The caller's user key, or {@code null} when nobody is logged in. */
    String currentUserKey();

    boolean isAdmin(String userKey);

    /** An agent with a Jira Service Management licence (may use the reply check). */
    boolean isAgent(String userKey);

    /** A team lead (may see audit and report, may report a false positive). */
    boolean isLead(String userKey);

    /** The name to show for a user key: the full name when known, else the key itself. */
    default String displayName(String userKey) {
        return userKey;
    }
}
