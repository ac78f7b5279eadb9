/**
 * Plans kept for years: create, read, replace with optimistic locking, soft delete and restore,
 * revisions, listing and search, and the tracking of each task's progress.
 *
 * <p>This bundle is the API only: the implementation (bundle {@code vn.thidua.plan.store.jpa}) exports
 * nothing, and nothing of JPA, Hibernate, Flyway or JDBC is imported here, so consumers see only
 * {@link vn.thidua.plan.store.PlanRepository} and never restart with the persistence stack.
 *
 * <p>2.0.0: {@link vn.thidua.plan.store.StoreInfo} no longer counts plans (the health check makes no
 * query); writes keep the status rules of {@code vn.thidua.plan.store.status}; the refusals say what
 * happened ({@link vn.thidua.plan.store.PlanStateConflictException},
 * {@link vn.thidua.plan.store.StoreUnavailableException}).
 *
 * <p>2.1.0: {@link vn.thidua.plan.store.PlanQuery#lineage()} and {@link vn.thidua.plan.store.TaskQuery#lineage()}
 * list a province's plans and tasks with those of the provinces it absorbed.
 *
 * <p>2.2.0: {@link vn.thidua.plan.store.PlanQuery#issuer()} lists the plans of one kind of issuing body.
 */
@Export
@Version("2.2.0")
package vn.thidua.plan.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
