package no.ledernett.app;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.BigIntegerConverter;
import jakarta.faces.convert.BooleanConverter;
import jakarta.faces.convert.ByteConverter;
import jakarta.faces.convert.CharacterConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FloatConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.ShortConverter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reuses the converter Faces finds for a value's type when it is one of Faces' own stateless ones
 * (numbers, booleans, characters, an enum type's, and PrimeFaces' versions of them). Mojarra 4.0
 * makes a new one for every value it shows without a converter of its own, with a CDI lookup each
 * time: every option of a drop-down of advisers (ids) or of statuses (enums), on every request.
 * That was 7 % of the group list page's time. Mojarra does the same from 4.1 on
 * (eclipse-ee4j/mojarra#5829); this is the workaround until Payara ships it. Custom converters by
 * type are made anew each time, as before: they may hold state or be scoped beans.
 */
public class BuiltInConverters extends ApplicationFactory {

    private volatile Reusing application;

    public BuiltInConverters(ApplicationFactory wrapped) {
        super(wrapped);
    }

    @Override
    public Application getApplication() {
        Application wrapped = getWrapped().getApplication();
        Reusing current = application;
        if (current == null || current.getWrapped() != wrapped) {
            current = new Reusing(wrapped);
            application = current;
        }
        return current;
    }

    @Override
    public void setApplication(Application application) {
        getWrapped().setApplication(application);
    }

    /**
     * Converters without state of their own: one instance serves every thread. PrimeFaces puts its
     * own in place of Faces' number and boolean converters (subclasses that add no fields, only
     * what client-side validation asks of them).
     */
    static final Set<Class<?>> STATELESS = Set.of(BigDecimalConverter.class, BigIntegerConverter.class,
            BooleanConverter.class, ByteConverter.class, CharacterConverter.class, DoubleConverter.class,
            FloatConverter.class, IntegerConverter.class, LongConverter.class, ShortConverter.class,
            org.primefaces.convert.BigDecimalConverter.class, org.primefaces.convert.BigIntegerConverter.class,
            org.primefaces.convert.BooleanConverter.class, org.primefaces.convert.ByteConverter.class,
            org.primefaces.convert.CharacterConverter.class, org.primefaces.convert.DoubleConverter.class,
            org.primefaces.convert.FloatConverter.class, org.primefaces.convert.IntegerConverter.class,
            org.primefaces.convert.LongConverter.class, org.primefaces.convert.ShortConverter.class,
            // Its only state is the enum type, which is the key it is kept under.
            EnumConverter.class);

    static final class Reusing extends ApplicationWrapper {

        private final Map<Class<?>, Converter<?>> byType = new ConcurrentHashMap<>();

        Reusing(Application wrapped) {
            super(wrapped);
        }

        @Override
        public Converter createConverter(Class<?> targetClass) {
            Converter<?> known = targetClass == null ? null : byType.get(targetClass);
            if (known != null) {
                return known;
            }
            Converter<?> made = super.createConverter(targetClass);
            if (made != null && STATELESS.contains(made.getClass())) {
                byType.putIfAbsent(targetClass, made);
            }
            return made;
        }

        @Override
        public void addConverter(Class<?> targetClass, String converterClass) {
            super.addConverter(targetClass, converterClass);
            byType.clear();
        }
    }
}
