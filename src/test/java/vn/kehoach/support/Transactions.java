package vn.kehoach.support;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** Work done in a transaction that is rolled back, so that requests a test sends leave the demo data as it was. */
public final class Transactions {

    private Transactions() {
    }

    public static void rolledBack(PlatformTransactionManager transactions, Runnable work) {
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            work.run();
        } finally {
            transactions.rollback(tx);
        }
    }
}
