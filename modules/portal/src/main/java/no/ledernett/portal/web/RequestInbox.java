package no.ledernett.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.portal.ServiceRequest;
import no.ledernett.portal.ServiceRequests;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Staff's inbox of portal requests: what municipalities asked for, to turn into engagements and groups. */
@Named
@ViewScoped
public class RequestInbox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    private ServiceRequest.Status status = ServiceRequest.Status.NEW;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public class Rows extends LazyDataModel<ServiceRequest> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.inbox(status, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<ServiceRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return requests.inbox(status, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(ServiceRequest row) {
            return String.valueOf(row.getId());
        }
    }

    public void handled(ServiceRequest request) {
        requests.handle(request.getId(), null);
        FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
    }

    public ServiceRequest.Status[] getStatuses() {
        return ServiceRequest.Status.values();
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public ServiceRequest.Status getStatus() {
        return status;
    }

    public void setStatus(ServiceRequest.Status status) {
        this.status = status;
    }
}
