package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Violation;

/** The contact persons of each municipality. */
@ApplicationScoped
public class Contacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    public List<Contact> of(MunicipalityNumber municipality) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.municipality.number = :number ORDER BY c.name, c.id", Contact.class)
                .setParameter("number", municipality.value())
                .getResultList();
    }

    public Contact get(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new NotFoundException("Contact", id);
        }
        return contact;
    }

    @Transactional
    public Contact create(ContactInput input) {
        var rules = input.check();
        Municipality municipality = rules.has("municipality") ? null : directory.require("municipality", input.municipality());
        rules.check();
        Contact contact = new Contact(municipality);
        contact.apply(input);
        em.persist(contact);
        return contact;
    }

    @Transactional
    public Contact update(long id, ContactInput input) {
        Contact contact = get(id);
        input.check().check();
        if (input.version() != null && input.version() != contact.getVersion()) {
            throw new ConflictException("Contact", id);
        }
        if (input.municipality() != null && !Objects.equals(input.municipality(), contact.getMunicipality().getNumber())) {
            // A contact belongs to one municipality for life; moving one would leak it to another tenant.
            throw new InvalidInputException(
                    Violation.of(MunicipalityTexts.RULES, "municipality", "municipality.fixed"));
        }
        contact.apply(input);
        return flush(contact, id);
    }

    @Transactional
    public void delete(long id, Long version) {
        Contact contact = get(id);
        if (version != null && version != contact.getVersion()) {
            throw new ConflictException("Contact", id);
        }
        em.remove(contact);
    }

    private Contact flush(Contact contact, long id) {
        try {
            em.flush();
            return contact;
        } catch (OptimisticLockException e) {
            throw new ConflictException("Contact", id);
        }
    }

    /** A municipality's contacts for another module, oldest first: one statement. */
    public List<ContactCard> cards(MunicipalityNumber municipality) {
        return em.createQuery("SELECT c.id, c.name, c.email FROM Contact c WHERE c.municipality.number = :number ORDER BY c.id", Object[].class)
                .setParameter("number", municipality.value()).getResultStream()
                .map(r -> new ContactCard((Long) r[0], (String) r[1], (String) r[2])).toList();
    }
}
