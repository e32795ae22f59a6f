package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.AbuseVerdict;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the verdict for each comment, so viewing a ticket again runs no detection. The key is the comment's
 * id together with its text, so an edited comment is judged again. Bounded (least recently used goes first), and
 * per node: a verdict is a pure function of the text and the configuration, so nodes never need to agree on it.
 * Drop it with {@link #clear()} when the configuration changes.
 */
public final class CachingAbuseVerdicts implements AbuseVerdicts {

    private final AbuseVerdicts detector;
    private final Map<Key, AbuseVerdict> cache;

    public CachingAbuseVerdicts(AbuseVerdicts detector, int maxEntries) {
        this.detector = Objects.requireNonNull(detector, "detector");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, AbuseVerdict> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public AbuseVerdict verdictFor(ThreadMessage comment) {
        Key key = new Key(comment.id(), comment.text());
        synchronized (cache) {
            AbuseVerdict known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        AbuseVerdict verdict = detector.verdictFor(comment);
        synchronized (cache) {
            cache.put(key, verdict);
        }
        return verdict;
    }

    public void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    private record Key(String id, String text) {
    }
}
