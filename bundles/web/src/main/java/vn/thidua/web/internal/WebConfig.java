package vn.thidua.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Thi Đua web workspace", description = "Sign-in and sessions of the web application at /")
public @interface WebConfig {

    @AttributeDefinition(description = "Minutes without a request after which a session ends and the user signs in again")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(description = "The JAAS realm the users sign in to (the REST API's)")
    String realm() default "karaf";
}
