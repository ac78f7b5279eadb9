package vn.thidua.rest.internal;

import java.util.function.Supplier;

import org.osgi.service.component.ComponentServiceObjects;

/**
 * A service the facade is bound to but gets from the framework only when a request first needs it.
 * Bound as {@link ComponentServiceObjects}, a reference does not activate the service's component:
 * the document export (and through it every exporter, the PDF one parsing its fonts) then starts
 * with the first export, not with the platform, which health and most requests do not need. The
 * service got is kept for every later request; the framework releases it when the reference is
 * unbound or the facade deactivated.
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private final ComponentServiceObjects<T> objects;
    private final Object lock = new Object();
    private volatile T service;

    private OnFirstUse(ComponentServiceObjects<T> objects, T service) {
        this.objects = objects;
        this.service = service;
    }

    /** The service behind {@code objects}, got at the first {@link #get()}. */
    public static <T> OnFirstUse<T> of(ComponentServiceObjects<T> objects) {
        return new OnFirstUse<>(objects, null);
    }

    /** A service already at hand (tests, or a caller without the framework). */
    public static <T> OnFirstUse<T> given(T service) {
        return new OnFirstUse<>(null, service);
    }

    /** Whether this one was made of {@code other}, so that its unbinding forgets it. */
    public boolean isOf(ComponentServiceObjects<T> other) {
        return objects != null && objects == other;
    }

    /** The service, or null when the framework has none any more (its component failed or went). */
    @Override
    public T get() {
        T got = service;
        if (got == null && objects != null) {
            synchronized (lock) {
                got = service;
                if (got == null) {
                    got = objects.getService();
                    service = got;
                }
            }
        }
        return got;
    }
}
