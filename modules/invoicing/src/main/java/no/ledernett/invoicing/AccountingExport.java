package no.ledernett.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.CsvCell;

/**
 * An approved run as CSV for the accounting system: one line per invoice with its number, dates,
 * customer and amounts. Semicolons and decimal commas, as Norwegian spreadsheets and accounting
 * imports expect; text cells go through {@link CsvCell}, so none is read as a formula.
 */
final class AccountingExport {

    static final String HEADER = "fakturanummer;type;fakturadato;forfallsdato;kunde_orgnr;kunde;kommunenummer;avtale;netto;mva_kode;mva;brutto";

    private AccountingExport() {
    }

    static String csv(List<Invoice> invoices) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Invoice i : invoices) {
            csv.append(i.getNumber() == null ? "" : i.getNumber()).append(';')
                    .append(i.getKind() == Invoice.Kind.CREDIT_NOTE ? "kreditnota" : "faktura").append(';')
                    .append(i.getIssueDate() == null ? "" : i.getIssueDate()).append(';')
                    .append(i.getDueDate() == null ? "" : i.getDueDate()).append(';')
                    .append(i.getBuyerOrganisationNumber() == null ? "" : i.getBuyerOrganisationNumber()).append(';')
                    .append(CsvCell.text(i.getBuyerName())).append(';')
                    .append(i.getMunicipalityNumber()).append(';')
                    .append(i.getEngagementId()).append(';')
                    .append(kroner(i.getNet())).append(';')
                    .append(i.getVat() == null ? "" : i.getVat().category()).append(';')
                    .append(kroner(i.getVatAmount())).append(';')
                    .append(kroner(i.getTotal())).append('\n');
        }
        return csv.toString();
    }

    private static String kroner(BigDecimal amount) {
        return String.format(Locale.forLanguageTag("nb"), "%.2f", amount);
    }
}
