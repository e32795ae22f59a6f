package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Stub of SAL's user key (a final value class). Confirmed for SAL 3.0.4 (and 2.10.24) only:
 * https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html ({@code public final class
 * UserKey implements Serializable}, {@code UserKey(String)}, {@code getStringValue()}); the SAL in Jira 10.3 not seen.
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
