package vn.kehoach.shared.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link ReferenceCache}s of the modules, each a named Caffeine cache of the application's
 * {@link CacheManager} with its own bound.
 *
 * <p>Neither a time to live nor eviction by application events: with two nodes on one database
 * ({@code app.sessions.store=jdbc}) an event reaches only the node that wrote, and a time to live would serve a renamed
 * unit or a closed agency until it ran out, while imports, reorganisations and scripts write the tables without
 * passing through any one service. Instead every value is checked against counters that database triggers move in
 * the writing transaction itself ({@link ReferenceRevisions}, read once per request), so each node sees a change as
 * soon as it is committed, whoever made it.
 */
@Component
public class ReferenceCaches {

    private final CaffeineCacheManager caches;
    private final ReferenceRevisions revisions;

    ReferenceCaches(CaffeineCacheManager caches, ReferenceRevisions revisions) {
        this.caches = caches;
        this.revisions = revisions;
    }

    /**
     * A cache of at most {@code maximumSize} values, valid while the revision {@code revisionName} of
     * {@link ReferenceRevisions} stays the same.
     */
    public <K, V> ReferenceCache<K, V> create(String name, long maximumSize, String revisionName) {
        caches.registerCustomCache(name, Caffeine.newBuilder().maximumSize(maximumSize).build());
        return new ReferenceCache<>(caches.getCache(name), revisionName, revisions);
    }
}
