package no.ledernett.portal;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.UserNames;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/** Requests for new groups or coaching: contacts send them from the portal, staff work through them in their inbox. */
@ApplicationScoped
public class ServiceRequests {

    static final String RULES = "no.ledernett.portal.Rules";

    public record Input(String kind, Long subjectAreaId, Boolean competenceWanted, Integer participants, String start, String end, String wishes) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserNames names;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    jakarta.enterprise.event.Event<ServiceRequested> requested;

    @Transactional
    public ServiceRequest submit(Viewer viewer, Input input) {
        String municipality = Tenancy.contactMunicipality(viewer);
        Rules rules = new Rules().required("kind", input.kind()).required("participants", input.participants()).maxLength("wishes", input.wishes(), 4000);
        ServiceRequest.Kind kind = rules.oneOf("kind", input.kind(), ServiceRequest.Kind.class, RULES, "request.kind", null);
        if (input.participants() != null && (input.participants() < 1 || input.participants() > 200)) {
            rules.add(Violation.of("participants", "range", 1, 200));
        }
        LocalDate start = rules.date("start", input.start(), RULES, "request.date");
        LocalDate end = rules.date("end", input.end(), RULES, "request.date");
        if (start != null && end != null && end.isBefore(start)) {
            rules.add(Violation.of(RULES, "end", "request.period"));
        }
        if (input.subjectAreaId() != null && subjectAreas.options().stream().noneMatch(a -> a.id() == input.subjectAreaId())) {
            rules.add(Violation.of(RULES, "subjectAreaId", "request.subjectArea"));
        }
        rules.check();
        ServiceRequest request = new ServiceRequest(municipality, viewer.userId(), names.nameOf(viewer), kind, input.subjectAreaId(),
                // Subject competence is asked of an adviser only for a subject; a cross-disciplinary request has none.
                Boolean.TRUE.equals(input.competenceWanted()) && input.subjectAreaId() != null, input.participants(), start, end,
                input.wishes() == null || input.wishes().isBlank() ? null : input.wishes().trim());
        em.persist(request);
        em.flush();
        requested.fire(new ServiceRequested(request.getId(), municipality, kind.name()));
        return request;
    }

    /** The contact's own municipality's requests, newest first. */
    public List<ServiceRequest> ofMunicipality(Viewer viewer) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.municipality = :m ORDER BY r.createdAt DESC, r.id DESC", ServiceRequest.class)
                .setParameter("m", Tenancy.contactMunicipality(viewer)).setMaxResults(50).getResultList();
    }

    /** The staff inbox: new ones first, oldest new first; then handled ones, newest first. */
    public Page<ServiceRequest> inbox(ServiceRequest.Status status, PageRequest paging) {
        String where = status == null ? "" : " WHERE r.status = :s";
        var count = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + where, Long.class);
        var rows = em.createQuery("SELECT r FROM ServiceRequest r" + where + " ORDER BY r.status DESC, r.createdAt, r.id", ServiceRequest.class);
        if (status != null) {
            count.setParameter("s", status);
            rows.setParameter("s", status);
        }
        return new Page<>(rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), count.getSingleResult(),
                paging.page(), paging.size());
    }

    public long waiting() {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.status = :s", Long.class)
                .setParameter("s", ServiceRequest.Status.NEW).getSingleResult();
    }

    @Transactional
    public ServiceRequest handle(long id, String note) {
        new Rules().maxLength("note", note, 1000).check();
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new NotFoundException("Request", id);
        }
        request.handled(note == null || note.isBlank() ? null : note.trim());
        return request;
    }
}
