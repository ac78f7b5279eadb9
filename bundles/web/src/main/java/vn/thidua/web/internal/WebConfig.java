package vn.thidua.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Thi Đua web workspace", description = "Sign-in and sessions of the web application at /")
public @interface WebConfig {

    @AttributeDefinition(description = "Minutes without a call to the API after which a session ends and the user signs in again;"
            + " kept below the API's sessionTokenIdleMinutes (etc/vn.thidua.rest.cfg) so that a session ends before its token")
    int sessionTimeoutMinutes() default 30;
}
