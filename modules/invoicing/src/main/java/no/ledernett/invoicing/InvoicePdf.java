package no.ledernett.invoicing;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.platform.Pdf;

/**
 * An approved invoice or credit note as a readable, tagged PDF (PDF/UA), for people: the EHF is
 * what a kommune's system reads, this is what someone without one reads or files. Bokmål, like the EHF.
 */
final class InvoicePdf {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private InvoicePdf() {
    }

    static byte[] of(Invoice invoice, Seller seller) {
        boolean credit = invoice.getKind() == Invoice.Kind.CREDIT_NOTE;
        Map<String, Object> values = new HashMap<>();
        values.put("title", (credit ? "Kreditnota " : "Faktura ") + invoice.getNumber() + " fra " + seller.name());
        values.put("numberLabel", credit ? "Kreditnotanummer" : "Fakturanummer");
        values.put("number", String.valueOf(invoice.getNumber()));
        values.put("issueDate", DATE.format(invoice.getIssueDate()));
        values.put("dueDate", invoice.getDueDate() == null ? null : DATE.format(invoice.getDueDate()));
        values.put("period", DATE.format(invoice.getPeriodStart()) + " – " + DATE.format(invoice.getPeriodEnd()));
        values.put("credits", invoice.getCredits() == null ? null : String.valueOf(invoice.getCredits().getNumber()));
        values.put("seller", Map.of("name", seller.name(), "street", seller.street(), "postcode", seller.postcode(), "city", seller.city(),
                "organisationNumber", seller.organisationNumber(), "vatRegistered", seller.vatRegistered(), "email", seller.email()));
        values.put("buyer", Map.of("name", invoice.getBuyerName(), "organisationNumber", invoice.getBuyerOrganisationNumber(),
                "reference", invoice.getBuyerReference()));
        List<Map<String, String>> lines = invoice.getLines().stream().map(l -> Map.of(
                "date", l.getWorkDate() == null ? "" : DATE.format(l.getWorkDate()),
                "description", l.getDescription(),
                "quantity", quantity(l),
                "price", kroner(l.getUnitPrice()),
                "amount", kroner(l.getAmount()))).toList();
        values.put("lines", lines);
        values.put("net", kroner(invoice.getNet()));
        values.put("vatLabel", seller.vatRegistered() && invoice.getVat() == VatTreatment.STANDARD ? "Mva. 25 %" : "Mva.");
        values.put("vat", kroner(invoice.getVatAmount()));
        values.put("totalLabel", credit ? "Kreditert beløp" : "Å betale");
        values.put("total", kroner(invoice.getTotal()));
        values.put("exemption", !seller.vatRegistered() ? "Selger er ikke registrert i Merverdiavgiftsregisteret."
                : invoice.getVat() == VatTreatment.EXEMPT ? "Unntatt merverdiavgift, jf. merverdiavgiftsloven § 3-5 (undervisning)." : null);
        values.put("account", credit ? null : seller.account());
        return Pdf.fromTemplate(InvoicePdf.class, "invoice.html", values);
    }

    private static String quantity(InvoiceLine line) {
        String unit = InvoiceLine.HOURS.equals(line.getUnitCode()) ? " t" : InvoiceLine.MONTHS.equals(line.getUnitCode()) ? " mnd." : "";
        return String.format(NB, "%.2f", line.getQuantity()).replaceAll(",00$", "") + unit;
    }

    static String kroner(BigDecimal amount) {
        return String.format(NB, "%,.2f kr", amount);
    }
}
