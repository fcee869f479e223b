package vn.kehoach.support;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLTransientConnectionException;

/**
 * Test-only endpoint that fails the way a bug would, to prove that the error page never shows exception text.
 * It lives in the test sources, so it is part of every test context and never of the application.
 */
@RestController
class FailingController {

    static final String SECRET = "SECRET-DETAIL-jdbc:postgresql://db/secret";

    @GetMapping({"/test-support/boom", "/api/test-support/boom"})
    String boom() {
        throw new IllegalStateException(SECRET);
    }

    /** What a save meets while the database is down: the transaction cannot begin for want of a connection. */
    @PostMapping({"/test-support/db-down", "/api/test-support/db-down"})
    String databaseDown() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException(SECRET + " - Connection is not available")));
    }
}
