package com.serviceguardrails.jira.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link Access} from SAL. An admin is a Jira (system) admin. A lead is an admin or a member of a Jira group named
 * by an empowerment role above the first (least generous) one, so the roles that may approve above an agent's
 * limit are the ones that see audit and report. Any logged-in user counts as an agent here: the REST framework's
 * {@code @LicensedOnly} has already turned away users without a licence.
 */
public class SalAccess implements Access {

    private final UserManager users;
    private final Supplier<GuardrailsConfig> config;

    public SalAccess(UserManager users, Supplier<GuardrailsConfig> config) {
        this.users = users;
        this.config = config;
    }

    @Override
    public String currentUserKey() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    @Override
    public boolean isAdmin(String userKey) {
        UserKey key = new UserKey(userKey);
        return users.isAdmin(key) || users.isSystemAdmin(key);
    }

    @Override
    public boolean isAgent(String userKey) {
        return userKey != null;
    }

    @Override
    public boolean isLead(String userKey) {
        if (isAdmin(userKey)) {
            return true;
        }
        List<Role> roles = config.get().empowerment().roles();
        Set<String> held = rolesOf(userKey);
        for (int i = 1; i < roles.size(); i++) {
            if (held.contains(roles.get(i).name())) {
                return true;
            }
        }
        return false;
    }

    /** SAL's full name, else the username, else the key (a deleted user, or SAL failing, shows the key). */
    @Override
    public String displayName(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return userKey;
        }
        try {
            UserProfile profile = users.getUserProfile(new UserKey(userKey));
            if (profile == null) {
                return userKey;
            }
            String name = profile.getFullName();
            if (name == null || name.isBlank()) {
                name = profile.getUsername();
            }
            return name == null || name.isBlank() ? userKey : name;
        } catch (RuntimeException e) {
            return userKey;
        }
    }

    /** The empowerment roles whose Jira group the user is in. */
    public Set<String> rolesOf(String userKey) {
        Set<String> held = new LinkedHashSet<>();
        UserKey key = new UserKey(userKey);
        for (Role role : config.get().empowerment().roles()) {
            if (users.isUserInGroup(key, role.name())) {
                held.add(role.name());
            }
        }
        return held;
    }
}
