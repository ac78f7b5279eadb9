package vn.thidua.plan.store.jpa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code vn.thidua.plan.store} ({@code etc/vn.thidua.plan.store.cfg}); the database itself is set in {@code etc/org.ops4j.datasource-thidua.cfg}. */
@ObjectClassDefinition(name = "Thi Đua plan store",
        description = "The plan store; its database is the DataSource named thidua (etc/org.ops4j.datasource-thidua.cfg).")
@interface StoreConfig {

    @AttributeDefinition(description = "Load the example plans (carried by this bundle) into a database that holds no plan"
            + " at all, on start: each VALIDATED when its rule pack in force finds no error, else a DRAFT.")
    boolean loadExamples() default true;

    @AttributeDefinition(description = "On that first start, how long (seconds) the examples may wait for their rule packs"
            + " to be loaded before those still without one are stored as drafts; the store's service is registered after.")
    int examplesWaitSeconds() default 15;
}
