package vn.thidua.plan.store.jpa.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Runs work in one resource-local transaction on its own entity manager: committed when the work
 * returns, rolled back when it throws, so a failed write changes nothing.
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
        EntityManager em = factory.createEntityManager();
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
            em.close();
        }
    }
}
