package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.LongConverter;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuiltInConvertersTest {

    /** Makes a new converter on every call, as Mojarra 4.0 does. */
    static class Mojarra extends ApplicationWrapper {
        final AtomicInteger made = new AtomicInteger();

        Mojarra() {
            super(null);
        }

        @Override
        public Converter createConverter(Class<?> targetClass) {
            made.incrementAndGet();
            if (targetClass == Long.class) {
                return new LongConverter();
            }
            if (targetClass == Integer.class) {
                return new org.primefaces.convert.IntegerConverter();
            }
            if (targetClass.isEnum()) {
                return new EnumConverter(targetClass);
            }
            if (targetClass == String.class) {
                return new Custom();
            }
            return null;
        }

        @Override
        public void addConverter(Class<?> targetClass, String converterClass) {
        }
    }

    static class Custom implements Converter<Object> {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return value;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return String.valueOf(value);
        }
    }

    @Test
    void makesFacesOwnConvertersOncePerType() {
        Mojarra mojarra = new Mojarra();
        var reusing = new BuiltInConverters.Reusing(mojarra);

        Converter<?> first = reusing.createConverter(Long.class);
        assertSame(first, reusing.createConverter(Long.class));
        Converter<?> months = reusing.createConverter(Month.class);
        Converter<?> days = reusing.createConverter(DayOfWeek.class);
        assertSame(months, reusing.createConverter(Month.class));
        assertNotSame(months, days, "each enum type has a converter of its own");
        Converter<?> primeFaces = reusing.createConverter(Integer.class);
        assertSame(primeFaces, reusing.createConverter(Integer.class));
        assertEquals(4, mojarra.made.get());
    }

    @Test
    void makesOtherConvertersAnewEachTime() {
        Mojarra mojarra = new Mojarra();
        var reusing = new BuiltInConverters.Reusing(mojarra);

        assertNotSame(reusing.createConverter(String.class), reusing.createConverter(String.class));
        assertNull(reusing.createConverter(Double.class));
        assertNull(reusing.createConverter(Double.class));
        assertEquals(4, mojarra.made.get());
    }

    @Test
    void forgetsWhatItKeptWhenAConverterIsRegistered() {
        Mojarra mojarra = new Mojarra();
        var reusing = new BuiltInConverters.Reusing(mojarra);
        Converter<?> before = reusing.createConverter(Long.class);

        reusing.addConverter(Long.class, Custom.class.getName());

        assertNotSame(before, reusing.createConverter(Long.class));
    }
}
