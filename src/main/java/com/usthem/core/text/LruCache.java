package com.usthem.core.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, thread-safe least-recently-used map keyed by sentence text. Tagging and feature
 * extraction are the costly steps of scoring, and a writer editing a draft changes one sentence
 * at a time, so most sentences of a rescored draft are found here.
 */
public final class LruCache<V> {

    private final Map<String, V> entries;

    public LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V computeIfAbsent(String key, Function<String, V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Compute outside the lock so threads working on different texts don't wait for each other.
        V fresh = compute.apply(key);
        synchronized (entries) {
            V raced = entries.putIfAbsent(key, fresh);
            return raced != null ? raced : fresh;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
