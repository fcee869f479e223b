package vn.kehoach.shared.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Makes the {@link ReferenceCache}s of the modules, each a named Caffeine cache of the application's
 * {@link CacheManager} with its own bound.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ReferenceCaches {

    private final CacheManager caches;
    private final ReferenceRevisions revisions;

    ReferenceCaches(@Lazy CacheManager caches, ReferenceRevisions revisions) {
        this.caches = caches;
        this.revisions = revisions;
    }

    /**
     * A cache of at most {@code maximumSize} values, valid while the revision {@code revisionName} of
     * {@link ReferenceRevisions} stays the same.
     */
    public <K, V> ReferenceCache<K, V> create(String name, long maximumSize, String revisionName) {
        CaffeineCacheManager manager = (CaffeineCacheManager) caches;
        manager.registerCustomCache(name, Caffeine.newBuilder().maximumSize(maximumSize).build());
        return new ReferenceCache<>(manager.getCache(name), revisionName, revisions);
    }
}
