package com.atlassian.event.api;

/**
 * Stub of Atlassian Event's publisher. Follows https://docs.atlassian.com/atlassian-event/ (2.x/3.x pages; the
 * version in Jira 10.3 not seen).
 */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
