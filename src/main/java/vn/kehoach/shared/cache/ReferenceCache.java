package vn.kehoach.shared.cache;

import org.springframework.cache.Cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Values computed from reference data, kept in a cache of Spring's cache abstraction (Caffeine, bounded) with the
 * revision of that data they were computed at (see {@link ReferenceRevisions}): a value counts only while the
 * revision is the current one, and the whole cache is emptied when it moves. Where the revision cannot be relied on
 * (a transaction that writes) the values are computed afresh and not kept.
 *
 * @param <K> the key, e.g. an id
 * @param <V> an immutable value
 */
public final class ReferenceCache<K, V> {

    private record Entry(long revision, Object value) {
    }

    private final Cache cache;
    private final String revisionName;
    private final ReferenceRevisions revisions;
    private long revision = Long.MIN_VALUE;

    ReferenceCache(Cache cache, String revisionName, ReferenceRevisions revisions) {
        this.cache = cache;
        this.revisionName = revisionName;
        this.revisions = revisions;
    }

    /** The value of the key, computed by {@code loader} unless kept at the current revision. */
    public V get(K key, Function<K, V> loader) {
        OptionalLong current = current();
        if (current.isEmpty()) return loader.apply(key);
        V kept = kept(key, current.getAsLong());
        if (kept != null) return kept;
        V value = loader.apply(key);
        if (value != null) cache.put(key, new Entry(current.getAsLong(), value));
        return value;
    }

    /**
     * The values of the keys found, those not kept computed together by {@code loader} (one statement for all
     * rather than one each); in the order of the keys.
     */
    public Map<K, V> getAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> loader) {
        OptionalLong current = current();
        if (current.isEmpty()) return loader.apply(keys);
        Map<K, V> found = new LinkedHashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            V kept = kept(key, current.getAsLong());
            if (kept != null) found.put(key, kept);
            else
                missing.add(key);
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = loader.apply(missing);
            loaded.forEach((key, value) -> cache.put(key, new Entry(current.getAsLong(), value)));
            Map<K, V> ordered = new LinkedHashMap<>();
            for (K key : keys) {
                V value = found.containsKey(key) ? found.get(key) : loaded.get(key);
                if (value != null) ordered.put(key, value);
            }
            return ordered;
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private V kept(K key, long current) {
        Cache.ValueWrapper wrapper = cache.get(key);
        if (wrapper != null && wrapper.get() instanceof Entry entry && entry.revision() == current) {
            return (V) entry.value();
        }
        return null;
    }

    /** The current revision, after emptying the cache if it moved; empty where the cache must not be used. */
    private OptionalLong current() {
        OptionalLong current = revisions.current(revisionName);
        if (current.isPresent()) {
            synchronized (this) {
                if (current.getAsLong() > revision) {
                    cache.clear();
                    revision = current.getAsLong();
                }
            }
        }
        return current;
    }
}
