package vn.kehoach.shared.cache;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Whether reference data kept in memory is still what the database holds. Database triggers move a counter per kind
 * of data (see V17, in slots since V18) whenever any of its tables changes, however it is written (a page, an import, a script, another
 * node); a node reads the counters once per request and keeps what it computed only while they stay the same.
 *
 * <p>Inside a transaction that writes, nothing is served from memory (the transaction may have changed the data
 * already), and once such a transaction commits the counters are read again.
 */
@Component
public class ReferenceRevisions implements TransactionExecutionListener {

    private static final String ATTRIBUTE = ReferenceRevisions.class.getName();

    private static final String QUERY = "select name, sum(revision) as revision from reference_revision group by name";

    private final JdbcTemplate jdbc;

    ReferenceRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter of the named data, or empty where memory must not be used: inside a transaction that writes. */
    public OptionalLong current(String name) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return OptionalLong.empty();
        }
        Long revision = seen().get(name);
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    /**
     * The counters as one column ("name=revision,…") for a statement every signed-in request runs anyway (the check
     * of the session's account), so that reading them costs no statement of their own; its value goes to
     * {@link #readWith}.
     */
    public static final String COLUMN = "(select string_agg(name || '=' || revision, ',') from (" + QUERY + ") r)";

    /** The counters as read by another statement through {@link #COLUMN}, kept for the rest of this request. */
    public void readWith(String column) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || column == null) return;
        Map<String, Long> read = new HashMap<>();
        for (String pair : column.split(",")) {
            int at = pair.lastIndexOf('=');
            read.put(pair.substring(0, at), Long.parseLong(pair.substring(at + 1)));
        }
        request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> seen() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> m) {
            return (Map<String, Long>) m;
        }
        Map<String, Long> read = new HashMap<>();
        jdbc.query(QUERY,
                rs -> {
                    read.put(rs.getString("name"), rs.getLong("revision"));
                });
        if (request != null) request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        return read;
    }

    /** A request that has written reads the counters again: its own change may have moved them. */
    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (transaction.isReadOnly()) return;
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
