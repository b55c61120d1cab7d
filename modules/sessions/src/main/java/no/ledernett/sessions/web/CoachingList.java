package no.ledernett.sessions.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.Choices;
import no.ledernett.sessions.AdviserScope;
import no.ledernett.sessions.Coaching;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Individual coaching courses: search by leader or municipality, filter by adviser, paged in the database. */
@Named
@ViewScoped
public class CoachingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coaching coaching;

    @Inject
    Advisers advisers;

    @Inject
    Viewer viewer;

    private String text;
    private Long adviserId;
    /** Read again when missing (after a session moved to another instance): not worth storing with the session. */
    private transient List<SelectItem> adviserOptions;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    @PostConstruct
    void init() {
        // An adviser sees their own courses only, whatever the filter says.
        Long own = AdviserScope.limitTo(viewer);
        if (own != null) {
            adviserId = own;
        }
    }

    public class Rows extends LazyDataModel<Coaching.CourseSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) coaching.count(text, adviserId);
        }

        @Override
        public List<Coaching.CourseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return coaching.search(text, adviserId, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(Coaching.CourseSummary row) {
            return String.valueOf(row.id());
        }
    }

    public boolean isStaff() {
        return viewer.is(Viewer.Role.STAFF);
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public List<SelectItem> getAdviserOptions() {
        if (adviserOptions == null) {
            adviserOptions = AdviserScope.limitTo(viewer) != null ? List.of()
                    : Choices.of(advisers.options(false), AdviserOption::id, AdviserOption::name);
        }
        return adviserOptions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public void setAdviserId(Long adviserId) {
        if (AdviserScope.limitTo(viewer) != null) {
            return;
        }
        this.adviserId = adviserId;
    }
}
