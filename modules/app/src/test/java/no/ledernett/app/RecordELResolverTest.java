package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Row(long id, String name) {
        public String shout(String suffix) {
            return name.toUpperCase() + suffix;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void reads_a_component_as_a_call_and_as_a_property() {
        ELContext call = context();
        assertEquals("Nettverk Nord", resolver.invoke(call, new Row(7, "Nettverk Nord"), "name", new Class<?>[0], new Object[0]));
        assertTrue(call.isPropertyResolved());
        ELContext property = context();
        assertEquals(7L, resolver.getValue(property, new Row(7, "Nettverk Nord"), "id"));
        assertTrue(property.isPropertyResolved());
    }

    @Test
    void leaves_everything_else_to_the_next_resolver() {
        Row row = new Row(7, "Nettverk Nord");
        ELContext context = context();
        assertNull(resolver.invoke(context, row, "shout", new Class<?>[] {String.class}, new Object[] {"!"}));
        assertNull(resolver.invoke(context, row, "toString", null, null));
        assertNull(resolver.getValue(context, row, "missing"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, null, "row"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void a_component_cannot_be_written() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row(1, "a"), "name"));
        assertTrue(context.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Row(1, "a"), "name", "b"));
    }
}
