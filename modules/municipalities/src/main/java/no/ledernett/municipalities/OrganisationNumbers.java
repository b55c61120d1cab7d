package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import no.ledernett.platform.Audited;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.OrganisationNumber;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;

/**
 * Each municipality's organisation number in Enhetsregisteret, which an invoice names as its
 * buyer. Seeded for the 356 municipalities the register's correspondence table knows; staff
 * correct one that is wrong or missing, and each change is audited.
 */
@ApplicationScoped
public class OrganisationNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Event<Audited> audit;

    @Inject
    Provider<Viewer> viewer;

    /** The municipality's number, or empty when none is known yet (Haram, until staff add it). */
    public Optional<OrganisationNumber> of(MunicipalityNumber number) {
        MunicipalityOrganisationNumber known = em.find(MunicipalityOrganisationNumber.class, number.value());
        return known == null ? Optional.empty() : OrganisationNumber.parse(known.getOrganisationNumber());
    }

    /** Several municipalities' numbers in one statement, keyed by municipality number; those without one are left out. */
    public java.util.Map<String, OrganisationNumber> of(java.util.Collection<String> municipalityNumbers) {
        if (municipalityNumbers.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, OrganisationNumber> found = new java.util.HashMap<>();
        em.createQuery("SELECT o FROM MunicipalityOrganisationNumber o WHERE o.number IN :numbers", MunicipalityOrganisationNumber.class)
                .setParameter("numbers", municipalityNumbers).getResultList()
                .forEach(o -> OrganisationNumber.parse(o.getOrganisationNumber()).ifPresent(n -> found.put(o.getNumber(), n)));
        return found;
    }

    /** Sets it from what staff typed (spaces allowed); a number that fails the check changes nothing. */
    @Transactional
    public OrganisationNumber set(MunicipalityNumber number, String typed) {
        directory.find(number).orElseThrow(() -> new NotFoundException("Municipality", number.value()));
        OrganisationNumber checked = Rules.checked(r -> {
            r.required("organisationNumber", typed);
            return r.organisationNumber("organisationNumber", typed);
        });
        MunicipalityOrganisationNumber known = em.find(MunicipalityOrganisationNumber.class, number.value());
        if (known == null) {
            em.persist(new MunicipalityOrganisationNumber(number.value(), checked.value()));
        } else {
            known.setOrganisationNumber(checked.value());
        }
        audit.fire(new Audited(viewer.get(), "organisation-number.set", "municipality:" + number.value() + ":" + checked.value()));
        return checked;
    }
}
