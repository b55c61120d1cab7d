package no.ledernett.invoicing;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The official PEPPOL BIS Billing 3.0 rules (UBL schema, EN 16931 and OpenPeppol Schematron,
 * Norwegian rules included) through phive, which packages each release of them. The rule sets
 * are compiled once, on first use (a few seconds), and shared.
 */
@ApplicationScoped
public class PeppolRules {

    /** One rule an EHF document breaks, by the rule's own id ({@code BR-CO-15}, {@code PEPPOL-EN16931-R010}). */
    public record Failure(String rule, String text, String location, boolean error) {
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry;

    private static synchronized ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        if (registry == null) {
            ValidationExecutorSetRegistry<IValidationSourceXML> rules = new ValidationExecutorSetRegistry<>();
            PeppolValidation.initStandard(rules);
            registry = rules;
        }
        return registry;
    }

    private static final long WARM_UP_DELAY_SECONDS = 20;

    /**
     * Compiles the invoice and credit note rule sets (some twenty seconds each on two cores) in the background once the application has started, so the first
     * approval does not spend seconds on it while it holds the invoice number lock. Not at once: the web container closes and reopens the WAR's jars
     * as its start ends, and a class whose static initialiser is loading then fails for good ("zip file closed", seen on a busy machine).
     */
    void warmUp(@jakarta.enterprise.event.Observes no.ledernett.platform.ApplicationStarted started) throws javax.naming.NamingException {
        jakarta.enterprise.concurrent.ManagedScheduledExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        executor.schedule(() -> {
            Invoice sample = sample();
            check(EhfDocument.of(sample, SAMPLE_SELLER), false);
            check(EhfDocument.of(Invoice.creditNoteFor(sample, 2, sample.getIssueDate()), SAMPLE_SELLER), true);
        }, WARM_UP_DELAY_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** A valid document, so that phive runs (and compiles) every layer: schema, EN 16931 and PEPPOL rules. */
    private static final Seller SAMPLE_SELLER = Seller.of("Eksempel AS", "912345602", true, "Storgata 1", "0155", "Oslo", "15031234503", "faktura@example.no", 30);

    private static Invoice sample() {
        Invoice invoice = new Invoice(null, 0, new Buyer("4601", "Bergen kommune", "964338531", "Oppvarming"), VatTreatment.STANDARD,
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), List.of());
        invoice.add(java.time.LocalDate.of(2026, 11, 3), "Oppvarming", java.math.BigDecimal.ONE, InvoiceLine.HOURS, java.math.BigDecimal.TEN, null);
        invoice.approve(1, java.time.LocalDate.of(2026, 12, 1), 30);
        return invoice;
    }

    /** What the document breaks: errors stop it, warnings are shown. Empty when it passes every rule. */
    public List<Failure> check(String ehf, boolean creditNote) {
        IValidationExecutorSet<IValidationSourceXML> rules = registry().getOfID(creditNote
                ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
        ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), rules,
                ValidationSourceXML.create(null, parse(ehf)), Locale.ENGLISH);
        List<Failure> failures = new ArrayList<>();
        results.forEachFlattened(IError::isFailure, e -> failures.add(new Failure(e.getErrorID() == null ? "XSD" : e.getErrorID(),
                e.getErrorText(Locale.ENGLISH), e.getErrorFieldName(), e.isError())));
        return failures;
    }

    /** Only errors: what stops a document. */
    public List<Failure> errors(String ehf, boolean creditNote) {
        return check(ehf, creditNote).stream().filter(Failure::error).toList();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("EHF document is not well-formed XML", e);
        }
    }
}
