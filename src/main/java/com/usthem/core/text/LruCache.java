package com.usthem.core.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Function;

/**
 * A bounded, thread-safe cache keyed by sentence or line text. Tagging and feature extraction are
 * the costly steps of scoring, and a writer editing a draft changes one sentence at a time, so most
 * sentences of a rescored draft are found here. Backed by Caffeine, so threads scoring in parallel
 * don't queue on one lock.
 */
public final class LruCache<V> {

    private final Cache<String, V> entries;
    private final int capacity;

    public LruCache(int capacity) {
        this.capacity = capacity;
        this.entries = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    public int capacity() {
        return capacity;
    }

    public V computeIfAbsent(String key, Function<String, V> compute) {
        return entries.get(key, compute);
    }

    public void clear() {
        entries.invalidateAll();
    }
}
