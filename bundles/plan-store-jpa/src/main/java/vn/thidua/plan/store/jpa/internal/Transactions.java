package vn.thidua.plan.store.jpa.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import vn.thidua.plan.store.StoreUnavailableException;

/**
 * Runs work in one resource-local transaction on its own entity manager: committed when the work
 * returns, rolled back when it throws, so a failed write changes nothing. What JPA throws (the
 * database unreachable, a statement or the commit failing) leaves as a {@link StoreUnavailableException};
 * the store's own refusals leave as they are.
 */
final class Transactions {

    private final EntityManagerFactory factory;

    Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Runs {@code work} and commits; the commit has reached the database when this returns. */
    <T> T write(Function<EntityManager, T> work) {
        return run(work, true);
    }

    /** Runs {@code work} and rolls back: reads never leave anything behind. */
    <T> T read(Function<EntityManager, T> work) {
        return run(work, false);
    }

    private <T> T run(Function<EntityManager, T> work, boolean commit) {
        try {
            EntityManager em = factory.createEntityManager();
            try {
                EntityTransaction tx = em.getTransaction();
                try {
                    tx.begin();
                    T result = work.apply(em);
                    if (commit) {
                        tx.commit();
                    }
                    return result;
                } finally {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                }
            } finally {
                em.close();
            }
        } catch (PersistenceException e) {
            throw new StoreUnavailableException("The plan store's database failed the request: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
