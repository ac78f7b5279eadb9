package vn.thidua.plan.store.jpa.internal;

import static vn.thidua.plan.store.jpa.internal.Checks.notFound;
import static vn.thidua.plan.store.jpa.internal.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.RevisionAction;
import vn.thidua.plan.store.StoredPlan;

/** Plans as they are and as they were: by id, at a version, their history, and listings with filters and search. */
final class PlanReads {

    private final Transactions transactions;
    private final ProvinceLineage provinces;
    private final PlanJson json = new PlanJson();

    PlanReads(Transactions transactions, ProvinceLineage provinces) {
        this.transactions = transactions;
        this.provinces = provinces;
    }

    Optional<StoredPlan> find(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(PlanEntity.class, id))
                .map(entity -> entity.stored(json.read(entity.body))));
    }

    Optional<StoredPlan> find(String id, long version) {
        return transactions.read(em -> {
            PlanEntity current = em.find(PlanEntity.class, id);
            RevisionEntity revision = em.find(RevisionEntity.class, new PartKey(id, version));
            if (current == null || revision == null) {
                return Optional.empty();
            }
            Instant deletedAt = revision.action == RevisionAction.DELETED ? revision.at : null;
            return Optional.of(new StoredPlan(id, revision.part, revision.status, json.read(revision.body),
                    revision.rulePackId, current.createdAt, current.createdBy, revision.at, revision.by, deletedAt));
        });
    }

    List<Revision> history(String id) {
        return transactions.read(em -> {
            if (em.find(PlanEntity.class, id) == null) {
                throw notFound(id);
            }
            return em.createQuery("select r from Revision r where r.planId = :id order by r.part", RevisionEntity.class)
                    .setParameter("id", id)
                    .getResultStream()
                    .map(r -> new Revision(r.part, r.action, r.at, r.by, r.status, r.rulePackId))
                    .toList();
        });
    }

    Page<PlanSummary> list(PlanQuery query) {
        required(query, "query");
        Where where = new Where();
        where.add(query.deleted() ? "p.deletedAt is not null" : "p.deletedAt is null");
        where.province("p.provinceCode", query.provinceCode(), query.lineage(), provinces);
        where.add("p.year = :year", "year", query.year());
        where.add("p.status = :status", "status", query.status());
        where.add("p.issuerKind = :issuer", "issuer", query.issuer());
        if (query.text() != null) {
            List<String> words = SearchText.words(query.text());
            for (int i = 0; i < words.size(); i++) {
                where.add("p.searchText like :w" + i + " escape '!'", "w" + i, "%" + Where.escapeLike(words.get(i)) + "%");
            }
        }
        return transactions.read(em -> {
            long total = where.apply(em.createQuery("select count(p) from Plan p" + where, Long.class)).getSingleResult();
            // The summary's columns only: a plan's body (tens of kB, compressed apart by PostgreSQL) is not read.
            List<PlanSummary> items = where.apply(em.createQuery("select p.id, p.version, p.status, p.provinceCode,"
                    + " p.year, p.number, p.title, p.updatedAt, p.deletedAt from Plan p" + where
                    + " order by p.year desc, p.provinceCode, p.title, p.id", Object[].class))
                    .setFirstResult(query.offset())
                    .setMaxResults(query.limit())
                    .getResultStream()
                    .map(PlanReads::summary)
                    .toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    /** How many plans the database holds, live and deleted. */
    long countAll() {
        return transactions.read(em -> em.createQuery("select count(p) from Plan p", Long.class).getSingleResult());
    }

    /** A row of the listing's projection, in its order. */
    private static PlanSummary summary(Object[] row) {
        return new PlanSummary((String) row[0], (Long) row[1], (PlanStatus) row[2], (String) row[3], (Integer) row[4],
                (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8]);
    }
}
