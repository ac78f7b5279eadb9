package vn.thidua.rules.internal.check;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * What an expression may reach, beneath the sandbox's lists: JEXL's restricted set opened to the
 * plan model and {@code java.time}, minus what no rule needs: constructors, fields, and the methods
 * every object has from {@code Object} ({@code getClass}, the way to a class loader, and
 * {@code wait}, {@code notify}).
 */
final class PlanPermissions implements JexlPermissions {

    private final JexlPermissions base;

    PlanPermissions() {
        this(JexlPermissions.RESTRICTED.compose("vn.thidua.plan.*", "java.time.*"));
    }

    private PlanPermissions(JexlPermissions base) {
        this.base = base;
    }

    @Override
    public boolean allow(Package pack) {
        return base.allow(pack);
    }

    @Override
    public boolean allow(Class<?> type) {
        return type != Class.class && !ClassLoader.class.isAssignableFrom(type) && base.allow(type);
    }

    @Override
    public boolean allow(Constructor<?> constructor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        return method.getDeclaringClass() != Object.class && base.allow(method);
    }

    @Override
    public JexlPermissions compose(String... src) {
        return new PlanPermissions(base.compose(src));
    }
}
