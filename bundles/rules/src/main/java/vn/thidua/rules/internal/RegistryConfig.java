package vn.thidua.rules.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the rule-pack registry (PID {@code vn.thidua.rules.registry}). */
@ObjectClassDefinition(name = "Thi Đua rule-pack registry",
        description = "Bounds on what a rule pack may cost: the time of one validation, the size of a pack file.")
public @interface RegistryConfig {

    @AttributeDefinition(min = "1", description = "Milliseconds of CPU time one validation of a plan may use (wall time where the JVM cannot measure a thread's CPU time); over it, the validation"
            + " stops and its report ends with the finding 'time-budget' (an error). A seed plan takes about a millisecond.")
    long validationMillis() default PackLimits.VALIDATION_MILLIS;

    @AttributeDefinition(min = "1", description = "Bytes a pack descriptor file may have; a larger one is refused before"
            + " it is parsed. The shipped packs have 14-22 KB.")
    long maxPackBytes() default PackLimits.MAX_PACK_BYTES;
}
