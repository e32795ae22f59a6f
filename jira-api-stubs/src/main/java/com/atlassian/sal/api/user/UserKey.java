package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Stub of SAL's user key (a final value class). Follows
 * https://docs.atlassian.com/sal-api/3.0.0/sal-api/apidocs/com/atlassian/sal/api/user/UserKey.html as recalled:
 * {@code UserKey(String)}, {@code getStringValue()}; not confirmed for the SAL in Jira 10.3.
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = userKey;
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public String toString() {
        return userKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey key && java.util.Objects.equals(userKey, key.userKey);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(userKey);
    }
}
