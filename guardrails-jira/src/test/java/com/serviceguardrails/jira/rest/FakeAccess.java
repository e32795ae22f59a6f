package com.serviceguardrails.jira.rest;

import java.util.Set;

/** Access with a fixed caller and fixed roles: {@code admin} is an admin, {@code lead} a lead, agents are agents. */
public final class FakeAccess implements Access {

    private final String caller;
    private final Set<String> admins = Set.of("admin");
    private final Set<String> leads = Set.of("lead");
    private final Set<String> agents = Set.of("admin", "lead", "agent");

    public FakeAccess(String caller) {
        this.caller = caller;
    }

    @Override
    public String currentUserKey() {
        return caller;
    }

    @Override
    public boolean isAdmin(String userKey) {
        return admins.contains(userKey);
    }

    @Override
    public boolean isAgent(String userKey) {
        return agents.contains(userKey);
    }

    @Override
    public boolean isLead(String userKey) {
        return leads.contains(userKey);
    }

    /** The lead has a full name; everyone else is shown by key. */
    @Override
    public String displayName(String userKey) {
        return "lead".equals(userKey) ? "Lena Lead" : userKey;
    }
}
