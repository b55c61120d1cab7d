package no.ledernett.groups.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.GroupAdvisers;
import no.ledernett.groups.GroupKind;
import no.ledernett.groups.GroupSearch;
import no.ledernett.groups.GroupStatus;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.web.Choices;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The group list staff work from: search, filters, paging in the database, and one step to a batch proposal. */
@Named
@ViewScoped
public class GroupList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Groups groups;

    @Inject
    Advisers advisers;

    @Inject
    GroupAdvisers groupAdvisers;

    private String text;
    private String municipality;
    private GroupKind kind;
    private GroupStatus status;
    private Long adviserId;
    private boolean withoutAdviser;
    /** Read again when missing (after a session moved to another instance): not worth storing with the session. */
    private transient List<SelectItem> adviserOptions;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    GroupSearch search() {
        return new GroupSearch(text, municipality, kind, status, adviserId, withoutAdviser ? Boolean.TRUE : null);
    }

    /** Pages in the database: a count, the page, and its members, places, advisers and subject areas. */
    public class Rows extends LazyDataModel<GroupSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) groups.count(search());
        }

        @Override
        public List<GroupSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return groups.list(search(), new PageRequest(first / pageSize, pageSize));
        }

        @Override
        public String getRowKey(GroupSummary row) {
            return String.valueOf(row.id());
        }
    }

    public String propose() {
        try {
            long id = groupAdvisers.proposeForGroupsWithoutAdviser().getId();
            return "/admin/proposals/proposal?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            FormMessages.show("search", e);
            return null;
        }
    }

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public GroupStatus[] getStatuses() {
        return GroupStatus.values();
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public List<SelectItem> getAdviserOptions() {
        if (adviserOptions == null) {
            adviserOptions = Choices.of(advisers.options(false), AdviserOption::id, AdviserOption::name);
        }
        return adviserOptions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public GroupStatus getStatus() {
        return status;
    }

    public void setStatus(GroupStatus status) {
        this.status = status;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public void setAdviserId(Long adviserId) {
        this.adviserId = adviserId;
    }

    public boolean isWithoutAdviser() {
        return withoutAdviser;
    }

    public void setWithoutAdviser(boolean withoutAdviser) {
        this.withoutAdviser = withoutAdviser;
    }
}
