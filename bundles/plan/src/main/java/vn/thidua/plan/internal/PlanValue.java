package vn.thidua.plan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Generates a builder ({@code XxxBuilder}) next to each plan record. A compile-time template:
 * nothing of RecordBuilder is needed at run time.
 */
@RecordBuilder.Template(options = @RecordBuilder.Options(
        addSingleItemCollectionBuilders = true,
        useImmutableCollections = true,
        addClassRetainedGenerated = false,
        enableWither = false))
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@java.lang.annotation.Inherited
public @interface PlanValue {
}
