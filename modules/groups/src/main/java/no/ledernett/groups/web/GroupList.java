package no.ledernett.groups.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Choices;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The group list staff work from: search, filters, paging in the database, and a batch proposal for
 * the groups ticked in the table. The running groups without an adviser are ticked as each page is
 * first shown, so the batch starts as "those in the current filter"; changing a filter starts over.
 */
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

    @Inject
    Viewer viewer;

    private String text;
    private String municipality;
    private GroupKind kind;
    private GroupStatus status;
    private Long adviserId;
    private boolean withoutAdviser;
    /** The rows ticked for the batch, on any page. */
    private List<GroupSummary> selected = new ArrayList<>();
    /** Rows already shown since the filter changed: ticked once if they need an adviser, then left to the user. */
    private final Set<Long> offered = new HashSet<>();
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
            List<GroupSummary> page = groups.list(search(), new PageRequest(first / pageSize, pageSize));
            for (GroupSummary row : page) {
                if (offered.add(row.id()) && needsAdviser(row) && !isSelected(row.id())) {
                    selected.add(row);
                }
            }
            return page;
        }

        /** A ticked row from another page is found among those ticked, so paging never loses a choice. */
        @Override
        public GroupSummary getRowData(String rowKey) {
            List<GroupSummary> page = getWrappedData();
            return java.util.stream.Stream.concat(page == null ? java.util.stream.Stream.empty() : page.stream(), selected.stream())
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }

        @Override
        public String getRowKey(GroupSummary row) {
            return String.valueOf(row.id());
        }
    }

    static boolean needsAdviser(GroupSummary row) {
        return row.adviserId() == null && GroupStatus.RUNNING.contains(row.status());
    }

    private boolean isSelected(long id) {
        return selected.stream().anyMatch(r -> r.id() == id);
    }

    /** A new filter is a new batch: its own groups without an adviser are ticked as they are shown. */
    private void filterChanged(Object before, Object after) {
        // An untouched text field comes back as "" where it was null: the same filter.
        if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
            selected = new ArrayList<>();
            offered.clear();
        }
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    public String propose() {
        try {
            long id = groupAdvisers.proposeFor(viewer, selected.stream().map(GroupSummary::id).toList()).id();
            return "/admin/proposals/proposal?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            FormMessages.show("search", e);
            return null;
        }
    }

    public List<GroupSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<GroupSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
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
        filterChanged(this.text, text);
        this.text = text;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        filterChanged(this.municipality, municipality);
        this.municipality = municipality;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        filterChanged(this.kind, kind);
        this.kind = kind;
    }

    public GroupStatus getStatus() {
        return status;
    }

    public void setStatus(GroupStatus status) {
        filterChanged(this.status, status);
        this.status = status;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public void setAdviserId(Long adviserId) {
        filterChanged(this.adviserId, adviserId);
        this.adviserId = adviserId;
    }

    public boolean isWithoutAdviser() {
        return withoutAdviser;
    }

    public void setWithoutAdviser(boolean withoutAdviser) {
        filterChanged(this.withoutAdviser, withoutAdviser);
        this.withoutAdviser = withoutAdviser;
    }
}
