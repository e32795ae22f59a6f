package com.serviceguardrails.jira.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

/**
 * One JVM's stand-in for Jira's cluster lock service: every instance given the same map shares its locks, so two
 * "nodes" built on one map exclude each other as two Data Center nodes do. Counts acquisitions for tests. The beehive
 * types are Mockito mocks that delegate to this class and its locks rather than implementations, so the double does
 * not depend on the stubs declaring only some of beehive's methods and still compiles against the real beehive.
 */
public final class LocalClusterLockService {
    private final Map<String, SharedLock> locks;
    private final ClusterLockService service = mock(ClusterLockService.class, delegatesTo(this));

    public LocalClusterLockService() {
        this(new ConcurrentHashMap<>());
    }

    private LocalClusterLockService(Map<String, SharedLock> locks) {
        this.locks = locks;
    }

    /** Another node's service, sharing this one's locks. */
    public LocalClusterLockService otherNode() {
        return new LocalClusterLockService(locks);
    }

    /** This node's service, to hand to the code under test. */
    public ClusterLockService service() {
        return service;
    }

    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new SharedLock()).asClusterLock;
    }

    public int acquisitions(String lockName) {
        SharedLock lock = locks.get(lockName);
        return lock == null ? 0 : lock.acquisitions;
    }

    private static final class SharedLock {
        private final ReentrantLock lock = new ReentrantLock();
        private final ClusterLock asClusterLock = mock(ClusterLock.class, delegatesTo(this));
        private volatile int acquisitions;

        public void lock() {
            lock.lock();
            acquisitions++;
        }

        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
            acquisitions++;
        }

        public boolean tryLock() {
            boolean locked = lock.tryLock();
            if (locked) {
                acquisitions++;
            }
            return locked;
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            boolean locked = lock.tryLock(time, unit);
            if (locked) {
                acquisitions++;
            }
            return locked;
        }

        public void unlock() {
            lock.unlock();
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException("ClusterLock does not support conditions");
        }
    }
}
