package no.ledernett.portal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.ledernett.invoicing.InvoiceRuns;
import no.ledernett.invoicing.IssuedInvoice;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A contact's invoices: what the consultancy has issued to their municipality, newest first, each
 * to download as PDF or as the EHF file their accounting system reads. Always their own municipality.
 */
@Named
@ViewScoped
public class PortalInvoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Years offered in the filter: this one and the ones before it that an auditor might still ask about. */
    private static final int YEARS_BACK = 5;

    @Inject
    InvoiceRuns invoices;

    @Inject
    Viewer viewer;

    private Integer year;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public class Rows extends LazyDataModel<IssuedInvoice> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(PageRequest.of(0, 1)).total();
        }

        @Override
        public List<IssuedInvoice> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page(new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(IssuedInvoice row) {
            return String.valueOf(row.id());
        }
    }

    private Page<IssuedInvoice> page(PageRequest request) {
        return invoices.issuedTo(viewer.municipality(), year, request);
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public List<Integer> getYears() {
        int now = NorwegianTime.today().getYear();
        return IntStream.rangeClosed(0, YEARS_BACK - 1).mapToObj(back -> now - back).toList();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
