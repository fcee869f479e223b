package vn.kehoach.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the application sends to the database, per thread, so that tests can prove that a page
 * runs a fixed number of statements whatever the data size. It wraps the application's {@link DataSource} (every
 * connection, every statement) when the shared test context starts: being a test-source component, it is part of the
 * one {@code @IntegrationTest} context and starts no database of its own.
 *
 * <p>Only statements executed on the calling thread are recorded, which is where MockMvc runs a request; a batch
 * counts once (one round trip).
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(dataSource, new Class<?>[]{DataSource.class, Closeable.class}, this::connection);
        }
        return bean;
    }

    /** The SQL of every statement {@code action} executed on this thread, in order. */
    public List<String> statementsDuring(Runnable action) {
        List<String> previous = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            action.run();
        } finally {
            RECORDING.set(previous);
        }
        return statements;
    }

    private Object connection(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Connection connection) return proxy(connection, Connection.class, this::statement);
        return result;
    }

    private Object statement(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            Class<?> type = statement instanceof CallableStatement
                    ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return proxy(statement, type, (t, m, a) -> {
                if (m.getName().startsWith("execute")) {
                    record(sql != null ? sql : a != null && a.length > 0 && a[0] instanceof String s ? s : "(batch)");
                }
                return invoke(t, m, a);
            });
        }
        return result;
    }

    private static void record(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) statements.add(sql);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Object target, Class<?> type, Handler handler) {
        return proxy(target, new Class<?>[]{type}, handler);
    }

    private static Object proxy(Object target, Class<?>[] types, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            // unwrap() and isWrapperFor() go to the real object: Hibernate and Boot look for driver and pool types.
            if (method.getDeclaringClass() == Wrapper.class) return invoke(target, method, args);
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "counting " + target;
                    default -> invoke(target, method, args);
                };
            }
            return handler.handle(target, method, args);
        };
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), types, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
