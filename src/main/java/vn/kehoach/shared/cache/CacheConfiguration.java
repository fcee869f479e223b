package vn.kehoach.shared.cache;

import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The application's cache manager: Caffeine caches, each registered with its own bound by {@link ReferenceCaches}.
 * Declared here rather than left to Boot, whose auto-configuration only applies with {@code @EnableCaching}: no
 * method is cached by annotation, since a value must be checked against its revision on every read.
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CaffeineCacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        // Only registered caches: a cache name mistyped fails instead of creating an unbounded cache.
        manager.setCacheNames(List.of());
        return manager;
    }
}
