package com.serviceguardrails.jira.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One JVM's stand-in for Jira's cluster lock service: every instance given the same map shares its locks, so two
 * "nodes" built on one map exclude each other as two Data Center nodes do. Counts acquisitions for tests.
 */
public final class LocalClusterLockService implements ClusterLockService {
    private final Map<String, SharedLock> locks;

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

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new SharedLock());
    }

    public int acquisitions(String lockName) {
        SharedLock lock = locks.get(lockName);
        return lock == null ? 0 : lock.acquisitions;
    }

    private static final class SharedLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();
        private volatile int acquisitions;

        @Override
        public void lock() {
            lock.lock();
            acquisitions++;
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
            acquisitions++;
        }

        @Override
        public boolean tryLock() {
            boolean locked = lock.tryLock();
            if (locked) {
                acquisitions++;
            }
            return locked;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            boolean locked = lock.tryLock(time, unit);
            if (locked) {
                acquisitions++;
            }
            return locked;
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("ClusterLock does not support conditions");
        }
    }
}
