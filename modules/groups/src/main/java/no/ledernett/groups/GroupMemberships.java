package no.ledernett.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.municipalities.LeaderGroups;

/** The groups a leader is or was in, for the leader's page in the municipalities module. */
@ApplicationScoped
public class GroupMemberships implements LeaderGroups {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<LeaderGroups.Membership> of(long leaderId) {
        return em.createQuery("SELECT g.id, g.name, m.joined, m.left FROM Membership m JOIN m.group g WHERE m.leaderId = :l "
                        + "ORDER BY m.joined DESC, m.id DESC", Object[].class)
                .setParameter("l", leaderId).getResultList().stream()
                .map(r -> new LeaderGroups.Membership((String) r[1], "/admin/groups/group.xhtml?id=" + r[0], (LocalDate) r[2], (LocalDate) r[3]))
                .sorted((a, b) -> Boolean.compare(b.left() == null, a.left() == null)).toList();
    }
}
