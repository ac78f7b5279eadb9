package vn.thidua.rules.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the watched folder (PID {@code vn.thidua.rules.folder}). */
@ObjectClassDefinition(name = "Thi Đua rule-pack folder",
        description = "A folder watched for rule-pack descriptor files (*.yaml, *.yml, *.json) dropped in by an administrator.")
public @interface FolderConfig {

    @AttributeDefinition(description = "The folder; a relative path is taken under ${karaf.base}.")
    String directory() default "rulepacks";

    @AttributeDefinition(description = "Milliseconds a change must be quiet before the files are read (a file being copied is read once, when complete).")
    long settleMillis() default 200;
}
