package no.ledernett.matching.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.AdviserSearch;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.SubjectArea;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.platform.Counties;
import no.ledernett.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The adviser list: search, filter by subject area and level, paged in the database. */
@Named
@ViewScoped
public class AdviserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Advisers advisers;

    @Inject
    SubjectAreas subjectAreas;

    private String text;
    private Long subjectAreaId;
    private Integer minLevel = 1;
    private boolean activeOnly = true;
    /** Read again when missing (after a session moved to another instance): not worth storing with the session. */
    private transient List<SubjectArea> areas;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    AdviserSearch search() {
        return new AdviserSearch(text, subjectAreaId, minLevel, activeOnly ? Boolean.TRUE : null);
    }

    /** Pages in the database: a count and the rows. */
    public class Rows extends LazyDataModel<Adviser> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) advisers.search(search(), PageRequest.of(0, 1)).total();
        }

        @Override
        public List<Adviser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return advisers.search(search(), new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(Adviser row) {
            return String.valueOf(row.getId());
        }
    }

    public String county(String number) {
        return Counties.name(number);
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public List<SubjectArea> getAreas() {
        if (areas == null) {
            areas = subjectAreas.all();
        }
        return areas;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public void setSubjectAreaId(Long subjectAreaId) {
        this.subjectAreaId = subjectAreaId;
    }

    public Integer getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(Integer minLevel) {
        this.minLevel = minLevel;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }
}
