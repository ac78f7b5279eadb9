package vn.thidua.plan.store.jpa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code vn.thidua.plan.store} ({@code etc/vn.thidua.plan.store.cfg}); the database itself is set in {@code etc/org.ops4j.datasource-thidua.cfg}. */
@ObjectClassDefinition(name = "Thi Đua plan store",
        description = "The plan store; its database is the DataSource named thidua (etc/org.ops4j.datasource-thidua.cfg).")
@interface StoreConfig {

    @AttributeDefinition(description = "Load the example plans into a database that holds no plan at all, on start.")
    boolean loadExamples() default true;

    @AttributeDefinition(description = "Folder of the example plan JSON files, relative to ${karaf.base} unless absolute.")
    String examplesFolder() default "examples";

    @AttributeDefinition(description = "Time zone whose calendar day decides whether a task is late.")
    String zone() default "Asia/Ho_Chi_Minh";
}
