package com.atlassian.jira.event.type;

/**
 * Stub: how an issue update is announced. Declared the way Jira declares it: the constants are objects made by the
 * nested {@code Factory} (not compile-time constants, so code compiled against this stub reads the field from
 * Jira's class at run time), and the interface has its two methods {@code isEventBeingSent()} and
 * {@code getEventTypeId()}. The stub's value is a placeholder (Jira's own objects are used at run time); it only
 * lets the plugin's tests tell the options apart. Source: Jira's {@code EventDispatchOption.java} in a public source
 * mirror (Jira 7.x; {@code @PublicApi} since 4.1; it nests {@code Factory} and {@code EventDispatchOptionImpl}, and
 * also declares {@code DO_NOT_DISPATCH}, {@code ISSUE_ASSIGNED}, {@code ISSUE_DELETED}, left out here). Confirmed
 * for 7.x only; the 10.3 page not seen.
 */
public interface EventDispatchOption {
    EventDispatchOption ISSUE_UPDATED = Factory.get(EventType.ISSUE_UPDATED_ID);

    boolean isEventBeingSent();

    Long getEventTypeId();

    /** Stub of Jira's {@code EventDispatchOption.Factory}: {@code public static EventDispatchOption get(Long)}. */
    final class Factory {
        private Factory() {
        }

        public static EventDispatchOption get(Long eventTypeId) {
            return new EventDispatchOptionImpl(eventTypeId);
        }
    }

    /** Same name as Jira's nested implementation; here only a placeholder value. */
    class EventDispatchOptionImpl implements EventDispatchOption {
        private final Long eventTypeId;

        private EventDispatchOptionImpl(Long eventTypeId) {
            this.eventTypeId = eventTypeId;
        }

        @Override
        public boolean isEventBeingSent() {
            return eventTypeId != null;
        }

        @Override
        public Long getEventTypeId() {
            return eventTypeId;
        }
    }
}
