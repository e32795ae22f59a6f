package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stub of a named cluster lock; not re-entrant, newCondition unsupported. Follows
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 */
public interface ClusterLock extends Lock {
}
