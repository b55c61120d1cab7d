package no.ledernett.app;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads records' components in expressions, {@code #{row.name()}} and {@code #{row.name}} alike,
 * through accessors found once per record type. Our lists' rows are records, and EL 5 (Jakarta EE
 * 10) knows them only as objects with methods: every cell looked its method up by reflection
 * ({@code BeanELResolver.invoke} → {@code ELUtil.findMethod}), the largest part of a cell's time in
 * the group list's profile (docs/performance.md, sixth round). EL 6 reads record components itself.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return Map.of();
            }
            return Stream.of(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity()));
        }
    };

    private static Method accessor(Object base, Object name) {
        return base instanceof Record && name instanceof String component ? ACCESSORS.get(base.getClass()).get(component) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (params != null && params.length > 0) {
            return null;
        }
        return read(context, base, method);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return read(context, base, property);
    }

    private static Object read(ELContext context, Object base, Object name) {
        Method accessor = accessor(base, name);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, name);
            return value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(accessor + " is not readable", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException thrown ? thrown : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL asks for the type only to write
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("A record's component cannot be changed: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
