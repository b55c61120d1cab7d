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
        return em.createQuery("SELECT c FROM Commitment c WHERE c.end >= :day", Commitment.class)
                .setParameter("day", day)
                .getResultStream().map(Commitment::toLoad).toList();
    }
}
