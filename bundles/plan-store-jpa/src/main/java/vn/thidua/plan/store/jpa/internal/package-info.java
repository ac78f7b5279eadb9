/**
 * The plan store on JPA: entities, Flyway migrations ({@code db/thidua}), the repository component
 * and the loading of the example plans. Nothing here is exported.
 *
 * <p>Aries JPA finds the persistence unit through the {@code Meta-Persistence} header below.
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package vn.thidua.plan.store.jpa.internal;

import org.osgi.annotation.bundle.Header;
