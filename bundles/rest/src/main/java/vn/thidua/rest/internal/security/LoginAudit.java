package vn.thidua.rest.internal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security audit log, logger {@value #CATEGORY} ({@code data/log/security.log} in the
 * distribution, {@code etc/org.ops4j.pax.logging.cfg}): failed and throttled logins with the
 * account and the client's address, the first success after failures, and session tokens issued, revoked and
 * ended by a change of their account. Never a password. The
 * account name is the client's text: it is quoted, cut to 64 characters and stripped of control
 * characters, so that it cannot forge a line of the log.
 */
public final class LoginAudit {

    public static final String CATEGORY = "vn.thidua.audit";

    private static final Logger AUDIT = LoggerFactory.getLogger(CATEGORY);
    private static final int MAX_NAME = 64;

    private LoginAudit() {
    }

    static void failed(String account, String address, int inARow) {
        AUDIT.warn("login failed: account {} from {} ({} in a row)", quoted(account), quoted(address), inARow);
    }

    static void throttled(String account, String address, long seconds) {
        AUDIT.warn("login refused unchecked: account {} from {} is throttled for {} s more", quoted(account), quoted(address), seconds);
    }

    static void succeededAfterFailures(String account, String address) {
        AUDIT.info("login succeeded after failures: account {} from {}", quoted(account), quoted(address));
    }

    /** A login exchanged for a session token (the token never appears). */
    public static void sessionOpened(String account, String address) {
        AUDIT.info("session token issued: account {} from {}", quoted(account), quoted(address));
    }

    public static void sessionClosed(String account, String address) {
        AUDIT.info("session token revoked: account {} from {}", quoted(account), quoted(address));
    }

    /** A session token ended at its use: its account changed in the realm since the login, or is gone. */
    static void sessionEndedAccountChanged(String account) {
        AUDIT.info("session token ended: account {} changed or removed in the realm since its login", quoted(account));
    }

    static void tokenRefused(String address) {
        AUDIT.warn("API token refused from {}", quoted(address));
    }

    static String quoted(String text) {
        if (text == null) {
            return "(unknown)";
        }
        String cut = text.length() > MAX_NAME ? text.substring(0, MAX_NAME) + "…" : text;
        return "'" + cut.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?").replace("'", "\\'") + "'";
    }
}
