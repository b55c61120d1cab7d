package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The persistence unit names its entities one by one (module jars are not scanned); an entity
 * that a module adds but persistence.xml forgets would only fail at run time, so fail here.
 */
class PersistenceUnitTest {

    @Test
    void the_persistence_unit_lists_exactly_the_entities_and_converters_of_all_modules() throws Exception {
        Set<String> entities = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.ledernett").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList classes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getElementsByTagName("class");
            for (int i = 0; i < classes.getLength(); i++) {
                listed.add(classes.item(i).getTextContent().trim());
            }
        }
        assertEquals(entities, listed);
    }
}
