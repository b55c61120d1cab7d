package no.ledernett.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import no.ledernett.matching.SubjectAreaOption;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.municipalities.EngagementInput;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.EngagementRequests;
import no.ledernett.platform.Texts;

/**
 * A portal request as the engagement it asks for: its municipality, kind and period, an hour
 * budget estimated from the participants and the months, and the request in the notes. Staff see
 * the draft in the engagement form and change what they need before saving.
 */
@ApplicationScoped
public class RequestDrafts implements EngagementRequests {

    static final String TEXTS = "no.ledernett.portal.web.Texts";
    /** Leaders per network group: a request for twenty leaders is three groups. */
    static final int GROUP_SIZE = 8;
    /** Adviser hours a month for one group: a three-hour meeting and one hour's preparation. */
    static final double GROUP_HOURS_PER_MONTH = 4.0;
    /** Adviser hours a month for one coachee: a one-hour conversation and half an hour's preparation. */
    static final double COACHING_HOURS_PER_MONTH = 1.5;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    ServiceRequests requests;

    @Override
    public Optional<EngagementInput> draft(long requestId, Locale locale) {
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        if (r == null) {
            return Optional.empty();
        }
        boolean groups = r.getKind() == ServiceRequest.Kind.NETWORK_GROUP;
        return Optional.of(new EngagementInput(r.getMunicipality(),
                (groups ? EngagementKind.NETWORK_GROUPS : EngagementKind.INDIVIDUAL_COACHING).name(), null,
                r.getPeriodStart().toString(), r.getPeriodEnd().toString(), hourBudget(r), null, notes(r, locale), null));
    }

    /** The adviser hours the request needs over its period, rounded up. */
    static int hourBudget(ServiceRequest r) {
        long months = Math.max(1, ChronoUnit.MONTHS.between(r.getPeriodStart(), r.getPeriodEnd().plusDays(1)));
        double perMonth = r.getKind() == ServiceRequest.Kind.NETWORK_GROUP
                ? Math.ceil(r.getParticipants() / (double) GROUP_SIZE) * GROUP_HOURS_PER_MONTH
                : r.getParticipants() * COACHING_HOURS_PER_MONTH;
        return (int) Math.min(100_000, Math.ceil(months * perMonth));
    }

    private String notes(ServiceRequest r, Locale locale) {
        String subject = r.getSubjectAreaId() == null ? Texts.format(TEXTS, locale, "request.subject.none")
                : subjectAreas.options().stream().filter(a -> a.id() == r.getSubjectAreaId()).map(SubjectAreaOption::name).findFirst().orElse("");
        String text = Texts.format(TEXTS, locale, "draft.notes", r.getRequesterName(), r.getParticipants(),
                Texts.format(TEXTS, locale, "request.kind." + r.getKind()), subject,
                r.isCompetenceWanted() ? Texts.format(TEXTS, locale, "draft.competence") : "",
                r.getWishes() == null ? "" : r.getWishes());
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    @Override
    @Transactional
    public void engaged(long requestId, long engagementId) {
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        if (r != null && r.getStatus() == ServiceRequest.Status.NEW) {
            requests.handle(requestId, Texts.format(TEXTS, Texts.BOKMAL, "draft.handled", engagementId));
        }
    }
}
