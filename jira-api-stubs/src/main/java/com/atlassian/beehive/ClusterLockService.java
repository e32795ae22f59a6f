package com.atlassian.beehive;

/**
 * Stub of the cluster-wide named lock service. Follows
 * https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * (beehive 0.0.8 pages agree; the beehive bundled with Jira 10.3 not seen).
 */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
