package no.ledernett.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.Audited;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.WrittenForm;

/** Each municipality's written form, which its contacts and leaders see by default. */
@ApplicationScoped
public class WrittenForms {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Event<Audited> audit;

    @Inject
    Provider<Viewer> viewer;

    public WrittenForm of(MunicipalityNumber number) {
        MunicipalityWrittenForm set = em.find(MunicipalityWrittenForm.class, number.value());
        return set == null ? WrittenForm.NEUTRAL : set.getForm();
    }

    /** By municipality number, one statement for all; every number asked for is in the answer. */
    public Map<String, WrittenForm> of(Collection<String> numbers) {
        Map<String, WrittenForm> forms = new HashMap<>();
        numbers.forEach(n -> forms.put(n, WrittenForm.NEUTRAL));
        if (!numbers.isEmpty()) {
            em.createQuery("SELECT w FROM MunicipalityWrittenForm w WHERE w.number IN :numbers", MunicipalityWrittenForm.class)
                    .setParameter("numbers", List.copyOf(numbers))
                    .getResultList()
                    .forEach(w -> forms.put(w.getNumber(), w.getForm()));
        }
        return forms;
    }

    /** Sets the written form; {@code value} is the form's name as the API and forms send it. */
    @Transactional
    public WrittenForm set(MunicipalityNumber number, String value) {
        directory.find(number).orElseThrow(() -> new NotFoundException("Municipality", number.value()));
        WrittenForm form = Rules.checked(r -> r.oneOf("writtenForm", value, WrittenForm.class, MunicipalityTexts.RULES));
        MunicipalityWrittenForm set = em.find(MunicipalityWrittenForm.class, number.value());
        if (set == null) {
            em.persist(new MunicipalityWrittenForm(number.value(), form));
        } else {
            set.setForm(form);
        }
        audit.fire(new Audited(viewer.get(), "written-form.set", "municipality:" + number.value() + ":" + form));
        return form;
    }
}
