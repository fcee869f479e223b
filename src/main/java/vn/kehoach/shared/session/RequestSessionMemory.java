package vn.kehoach.shared.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * With sessions in the database ({@code app.sessions.store=jdbc}), the session a request read or saved is kept for the
 * rest of that request and served again when Spring Session looks it up by id.
 *
 * <p>Spring Session saves the session when the response starts to go out, then again when the request ends; each time
 * it looks the session up by id first. The last lookup came after the page had been sent: if the database went down
 * meanwhile, it failed with the response already committed, and the user received a page cut off in the middle
 * instead of the "try again" page (seen in MultiNodeTests). Served from memory, that lookup cannot fail, and every
 * request saves a statement. The memory is this request's only: it is emptied when a request starts and ends, by a
 * filter placed before Spring Session's.
 */
@Configuration(proxyBeanMethods = false)
class RequestSessionMemory {

    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50), after DatabaseUnavailableFilter (+ 10). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSessionMemoryFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain)
                            throws ServletException, IOException {
                        CURRENT.remove();
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            CURRENT.remove();
                        }
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Wraps Spring Session's repository, which exists only with sessions in the database (see SessionStoreSelector). */
    @Bean
    static BeanPostProcessor requestSessionMemoryRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepository<?>) || Proxy.isProxyClass(bean.getClass())) {
                    return bean;
                }
                Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(bean.getClass(), bean.getClass()
                        .getClassLoader());
                return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces,
                        (proxy, method, args) -> remembering(bean, method, args));
            }
        };
    }

    private static Object remembering(Object repository, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean oneArgument = args != null && args.length == 1;
        if (name.equals("findById") && oneArgument && args[0] instanceof String id) {
            Session known = CURRENT.get();
            if (known != null && known.getId().equals(id) && !known.isExpired()) return known;
            Object found = invoke(repository, method, args);
            if (found instanceof Session session) CURRENT.set(session);
            return found;
        }
        Object result = invoke(repository, method, args);
        if (name.equals("save") && oneArgument && args[0] instanceof Session session) {
            CURRENT.set(session);
        } else if (name.equals("deleteById")) {
            CURRENT.remove();
        }
        return result;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
