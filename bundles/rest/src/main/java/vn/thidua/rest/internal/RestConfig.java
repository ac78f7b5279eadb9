package vn.thidua.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the REST facade, {@code etc/vn.thidua.rest.cfg}. API tokens are entries
 * {@code token.<name> = <SHA-256 of the token, hex> <role>[,<role>]} of the same file.
 */
@ObjectClassDefinition(name = "Thi Đua REST facade")
public @interface RestConfig {

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones get 413")
    long bodyLimitBytes() default 1_048_576;

    @AttributeDefinition(description = "Seconds within which a request body must arrive whole, else 408. A body is read as its"
            + " bytes come, without a thread waiting, so this bounds how long a slow client keeps a connection, not a thread", min = "1")
    long bodyReadSeconds() default 60;

    @AttributeDefinition(description = "Bytes of request bodies held at once while they arrive, all requests together; a body"
            + " that would pass it gets 503 (only bytes that arrived count)", min = "1")
    long bodyHeldBytes() default 67_108_864;

    @AttributeDefinition(description = "The Karaf JAAS realm that checks HTTP Basic logins")
    String realm() default "karaf";

    @AttributeDefinition(description = "Seconds a successful login is remembered before the realm checks it again (0: never)")
    long loginCacheSeconds() default 60;

    @AttributeDefinition(description = "Failed Basic logins to one account allowed in a row before it is locked (429)")
    int loginFreeFailures() default 5;

    @AttributeDefinition(description = "Failed Basic logins from one address allowed in a row before it is locked (429)")
    int addressFreeFailures() default 20;

    @AttributeDefinition(description = "Seconds of the first lock; each further failure doubles it")
    long loginLockSeconds() default 2;

    @AttributeDefinition(description = "Longest lock, in seconds; failures older than this are forgotten")
    long loginMaxLockSeconds() default 900;

    @AttributeDefinition(description = "Minutes a session token (POST /api/v1/sessions) lives after its last use;"
            + " the web workspace's sessionTimeoutMinutes must stay below it", min = "1")
    long sessionTokenIdleMinutes() default 60;

    @AttributeDefinition(description = "Minutes a session token lives at most after its login, however much it is used", min = "1")
    long sessionTokenLifetimeMinutes() default 720;

    @AttributeDefinition(description = "Session tokens alive at once; beyond it the least recently used ends", min = "1")
    int sessionTokensMax() default 10_000;

    @AttributeDefinition(description = "Requests without credentials (health probes, 401s) served at once; more wait their turn,"
            + " so that a flood of them leaves the processors to the callers who logged in", min = "1")
    int anonymousConcurrent() default 2;

    @AttributeDefinition(description = "Requests without credentials that may wait for a turn; beyond them the answer is 503 at once",
            min = "0")
    int anonymousWaiting() default 32;

    @AttributeDefinition(description = "Milliseconds a request without credentials waits for its turn at most, then 503", min = "0")
    long anonymousWaitMillis() default 1000;
}
