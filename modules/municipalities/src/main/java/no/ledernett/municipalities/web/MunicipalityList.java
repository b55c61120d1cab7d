package no.ledernett.municipalities.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalitySearch;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.platform.County;
import no.ledernett.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The municipality list: search by name or number, filter by county and clients, paged in the database. */
@Named
@ViewScoped
public class MunicipalityList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityDirectory directory;

    private String text;
    private String county;
    private boolean clientsOnly;
    /** Read again when missing (after a session moved to another instance): not worth storing with the session. */
    private transient List<County> counties;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    MunicipalitySearch search() {
        return new MunicipalitySearch(text, county, clientsOnly);
    }

    /** Pages from the municipalities each instance keeps (MunicipalityDirectory); the database says which are clients. */
    public class Rows extends LazyDataModel<MunicipalitySummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(search());
        }

        @Override
        public List<MunicipalitySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return directory.search(search(), new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(MunicipalitySummary row) {
            return row.number();
        }
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public boolean isClientsOnly() {
        return clientsOnly;
    }

    public void setClientsOnly(boolean clientsOnly) {
        this.clientsOnly = clientsOnly;
    }

    public List<County> getCounties() {
        if (counties == null) {
            counties = directory.counties();
        }
        return counties;
    }
}
