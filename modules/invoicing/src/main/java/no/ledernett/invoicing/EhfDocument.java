package no.ledernett.invoicing;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An invoice or credit note as EHF: a UBL 2.1 document following PEPPOL BIS Billing 3.0, which
 * Norwegian municipalities must be able to receive (and most accept nothing else). Element order
 * is the UBL schema's; {@link PeppolRules} checks every document against the official rules before
 * anyone can download it, so a mistake here stops an approval instead of reaching a kommune.
 */
final class EhfDocument {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    /** ICD 0192: the Norwegian organisation number, as PEPPOL addresses Norwegian parties. */
    private static final String NORWEGIAN_ORGANISATION = "0192";
    private static final String CURRENCY = "NOK";

    private final XMLStreamWriter xml;
    private final Invoice invoice;
    private final Seller seller;

    private EhfDocument(XMLStreamWriter xml, Invoice invoice, Seller seller) {
        this.xml = xml;
        this.invoice = invoice;
        this.seller = seller;
    }

    /** The document for an approved invoice or credit note (it needs its number and dates). */
    static String of(Invoice invoice, Seller seller) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new EhfDocument(xml, invoice, seller).write();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write EHF for invoice " + invoice.getNumber(), e);
        }
        return out.toString();
    }

    private boolean creditNote() {
        return invoice.getKind() == Invoice.Kind.CREDIT_NOTE;
    }

    private void write() throws XMLStreamException {
        String root = creditNote() ? "CreditNote" : "Invoice";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(creditNote() ? CREDIT_NOTE_NS : INVOICE_NS);
        xml.setPrefix("cac", CAC);
        xml.setPrefix("cbc", CBC);
        xml.writeStartElement(creditNote() ? CREDIT_NOTE_NS : INVOICE_NS, root);
        xml.writeDefaultNamespace(creditNote() ? CREDIT_NOTE_NS : INVOICE_NS);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        basic("CustomizationID", CUSTOMIZATION);
        basic("ProfileID", PROFILE);
        basic("ID", String.valueOf(invoice.getNumber()));
        basic("IssueDate", invoice.getIssueDate().toString());
        if (creditNote()) {
            basic("CreditNoteTypeCode", "381");
        } else {
            basic("DueDate", invoice.getDueDate().toString());
            basic("InvoiceTypeCode", "380");
        }
        basic("DocumentCurrencyCode", CURRENCY);
        basic("BuyerReference", invoice.getBuyerReference());
        start("InvoicePeriod");
        basic("StartDate", invoice.getPeriodStart().toString());
        basic("EndDate", invoice.getPeriodEnd().toString());
        xml.writeEndElement();
        if (creditNote()) {
            start("BillingReference");
            start("InvoiceDocumentReference");
            basic("ID", String.valueOf(invoice.getCredits().getNumber()));
            basic("IssueDate", invoice.getCredits().getIssueDate().toString());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        supplier();
        customer();
        if (!creditNote()) {
            paymentMeans();
        }
        start("PaymentTerms");
        basic("Note", "Netto " + seller.paymentDays() + " dager");
        xml.writeEndElement();
        taxTotal();
        start("LegalMonetaryTotal");
        amount("LineExtensionAmount", invoice.getNet());
        amount("TaxExclusiveAmount", invoice.getNet());
        amount("TaxInclusiveAmount", invoice.getTotal());
        amount("PayableAmount", invoice.getTotal());
        xml.writeEndElement();
        for (InvoiceLine line : invoice.getLines()) {
            line(line);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void supplier() throws XMLStreamException {
        start("AccountingSupplierParty");
        start("Party");
        endpoint(seller.organisationNumber());
        start("PartyName");
        basic("Name", seller.name());
        xml.writeEndElement();
        address(seller.street(), seller.city(), seller.postcode());
        if (seller.vatRegistered()) {
            taxScheme("NO" + seller.organisationNumber() + "MVA", "VAT");
        }
        // A Norwegian limited company must say it is in the Register of Business Enterprises (NO-R-002).
        taxScheme("Foretaksregisteret", "TAX");
        legalEntity(seller.name(), seller.organisationNumber());
        start("Contact");
        basic("ElectronicMail", seller.email());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void customer() throws XMLStreamException {
        start("AccountingCustomerParty");
        start("Party");
        endpoint(invoice.getBuyerOrganisationNumber());
        start("PartyName");
        basic("Name", invoice.getBuyerName());
        xml.writeEndElement();
        address(null, null, null);
        legalEntity(invoice.getBuyerName(), invoice.getBuyerOrganisationNumber());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void paymentMeans() throws XMLStreamException {
        start("PaymentMeans");
        basic("PaymentMeansCode", "30");
        basic("PaymentID", String.valueOf(invoice.getNumber()));
        start("PayeeFinancialAccount");
        basic("ID", seller.account());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void taxTotal() throws XMLStreamException {
        start("TaxTotal");
        amount("TaxAmount", invoice.getVatAmount());
        start("TaxSubtotal");
        amount("TaxableAmount", invoice.getNet());
        amount("TaxAmount", invoice.getVatAmount());
        taxCategory("TaxCategory", true);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void line(InvoiceLine line) throws XMLStreamException {
        start(creditNote() ? "CreditNoteLine" : "InvoiceLine");
        basic("ID", String.valueOf(line.getLineNumber()));
        xml.writeStartElement(CBC, creditNote() ? "CreditedQuantity" : "InvoicedQuantity");
        xml.writeAttribute("unitCode", line.getUnitCode());
        xml.writeCharacters(line.getQuantity().setScale(2, RoundingMode.HALF_UP).toPlainString());
        xml.writeEndElement();
        amount("LineExtensionAmount", line.getAmount());
        if (line.getWorkDate() != null) {
            start("InvoicePeriod");
            basic("StartDate", line.getWorkDate().toString());
            basic("EndDate", line.getWorkDate().toString());
            xml.writeEndElement();
        }
        start("Item");
        basic("Name", line.getDescription());
        taxCategory("ClassifiedTaxCategory", false);
        xml.writeEndElement();
        start("Price");
        amount("PriceAmount", line.getUnitPrice());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private String category() {
        return seller.vatRegistered() ? invoice.getVat().category() : "O";
    }

    private void taxCategory(String element, boolean withReason) throws XMLStreamException {
        start(element);
        basic("ID", category());
        if (!"O".equals(category())) {
            basic("Percent", invoice.getVat().percent().toPlainString());
        }
        if (withReason && "E".equals(category())) {
            basic("TaxExemptionReason", "Unntatt merverdiavgift, jf. merverdiavgiftsloven § 3-5 (undervisning)");
        } else if (withReason && "O".equals(category())) {
            basic("TaxExemptionReason", "Selger er ikke registrert i Merverdiavgiftsregisteret");
        }
        start("TaxScheme");
        basic("ID", "VAT");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void endpoint(String organisationNumber) throws XMLStreamException {
        xml.writeStartElement(CBC, "EndpointID");
        xml.writeAttribute("schemeID", NORWEGIAN_ORGANISATION);
        xml.writeCharacters(organisationNumber);
        xml.writeEndElement();
    }

    private void address(String street, String city, String postcode) throws XMLStreamException {
        start("PostalAddress");
        if (street != null) {
            basic("StreetName", street);
        }
        if (city != null) {
            basic("CityName", city);
        }
        if (postcode != null) {
            basic("PostalZone", postcode);
        }
        start("Country");
        basic("IdentificationCode", "NO");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void taxScheme(String companyId, String scheme) throws XMLStreamException {
        start("PartyTaxScheme");
        basic("CompanyID", companyId);
        start("TaxScheme");
        basic("ID", scheme);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void legalEntity(String name, String organisationNumber) throws XMLStreamException {
        start("PartyLegalEntity");
        basic("RegistrationName", name);
        xml.writeStartElement(CBC, "CompanyID");
        xml.writeAttribute("schemeID", NORWEGIAN_ORGANISATION);
        xml.writeCharacters(organisationNumber);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void start(String aggregate) throws XMLStreamException {
        xml.writeStartElement(CAC, aggregate);
    }

    private void basic(String name, String value) throws XMLStreamException {
        xml.writeStartElement(CBC, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void amount(String name, BigDecimal value) throws XMLStreamException {
        xml.writeStartElement(CBC, name);
        xml.writeAttribute("currencyID", CURRENCY);
        xml.writeCharacters(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
        xml.writeEndElement();
    }
}
