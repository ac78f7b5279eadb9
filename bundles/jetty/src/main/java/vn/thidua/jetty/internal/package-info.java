/** The handler pax-web gets and the tracking of the hooks behind it. Not exported. */
package vn.thidua.jetty.internal;
