package vn.thidua.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Thi Đua web workspace", description = "Sign-in and sessions of the web application at /")
public @interface WebConfig {

    @AttributeDefinition(description = "Minutes without a call to the API after which a session ends and the user signs in again;"
            + " kept below the API's sessionTokenIdleMinutes (etc/vn.thidua.rest.cfg) so that a session ends before its token")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(description = "Seconds within which the whole sign-in form must arrive; a slower one is answered 408."
            + " The form is read as its bytes come, without a thread waiting, so this bounds only how long a connection is kept")
    int signInFormSeconds() default 10;

    @AttributeDefinition(description = "Seconds within which the whole body of a call passed on to the API (a saved plan, an"
            + " upload) must arrive; a slower one is answered 408. Read as its bytes come, without a thread waiting")
    int bodyReadSeconds() default 60;

    @AttributeDefinition(description = "Bytes that the bodies of calls passed on to the API may hold at once while they arrive"
            + " (a body sent whole with its request is not counted); one that would pass it is answered 503")
    long bodyHeldBytes() default 67_108_864L;
}
