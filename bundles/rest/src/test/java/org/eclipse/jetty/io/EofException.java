package org.eclipse.jetty.io;

import java.io.EOFException;

/**
 * A stand-in with the name and superclass of Jetty's own exception for a connection the peer
 * closed, which the facade recognises by name (it does not import Jetty, and Jetty is not on the
 * test class path).
 */
public class EofException extends EOFException {

    private static final long serialVersionUID = 1L;

    public EofException(Throwable cause) {
        super(cause == null ? null : cause.toString());
        initCause(cause);
    }
}
