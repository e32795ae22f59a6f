package com.serviceguardrails.empowerment;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A role (a Jira project role or group name, matched by the plugin) and its limits. Roles are configured from
 * least to most generous; that order is what "the lowest role that may approve" refers to.
 */
public record Role(String name, List<RoleLimit> limits) {

    public Role {
        name = LimitRequest.identifier("role name", name);
        limits = List.copyOf(limits);
    }

    /** This role's limit for the action and currency, if it has one. */
    public Optional<RoleLimit> limitFor(Action action, Currency currency) {
        for (RoleLimit limit : limits) {
            if (limit.covers(action, currency)) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
