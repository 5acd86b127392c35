package io.chaosday.jira.page;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Velocity's own method lookup, noting every method a template calls, written as Jira's velocity
 * allowlist names them: {@code io.chaosday.jira.page.ChaosDayPage#definition()}.
 */
public final class RecordingUberspect extends UberspectImpl {

    private static final Set<String> CALLED = ConcurrentHashMap.newKeySet();

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null && method.getMethod() != null) {
            CALLED.add(allowlistEntry(method.getMethod()));
        }
        return method;
    }

    static String allowlistEntry(Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","));
        return method.getDeclaringClass().getName() + "#" + method.getName() + "(" + parameters + ")";
    }

    /** Every method called since the last {@link #clear()}. */
    static Set<String> called() {
        return Set.copyOf(CALLED);
    }

    static void clear() {
        CALLED.clear();
    }
}
