/**
 * Plans kept for years: create, read, replace with optimistic locking, soft delete and restore,
 * revisions, listing and search, and the tracking of each task's progress.
 *
 * <p>The JPA wiring stays inside the implementation; consumers see only {@link vn.thidua.plan.store.PlanRepository}.
 */
@Export
@Version("1.0.0")
package vn.thidua.plan.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
