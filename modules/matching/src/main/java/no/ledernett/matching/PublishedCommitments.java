package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The load matching itself knows of: what published proposals gave each adviser. */
@ApplicationScoped
public class PublishedCommitments implements CommittedLoad {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<LoadEntry> since(LocalDate day) {
        // Columns, not entities: every ranking reads all of them.
        return em.createQuery("SELECT c.adviserId, c.municipalityNumber, c.reference, c.label, c.hoursPerMonth, c.start, c.end "
                        + "FROM Commitment c WHERE c.end >= :day", Object[].class)
                .setParameter("day", day)
                .getResultList().stream()
                .map(r -> new LoadEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).doubleValue(),
                        (java.time.LocalDate) r[5], (java.time.LocalDate) r[6]))
                .toList();
    }
}
