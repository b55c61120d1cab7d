package no.ledernett.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.municipalities.WrittenForms;
import no.ledernett.platform.Language;
import no.ledernett.platform.PreferredLanguages;
import no.ledernett.platform.WrittenForm;

/**
 * Which language each user reads: their own choice, stored on their account; without one, a
 * contact or leader gets their municipality's written form and everyone else bokmål.
 */
@ApplicationScoped
public class AccountLanguages implements PreferredLanguages {

    @PersistenceContext
    EntityManager em;

    @Inject
    WrittenForms writtenForms;

    @Inject
    Leaders leaders;

    /**
     * The session's view of a user who just signed in. A language picked on the sign-in page
     * becomes the account's choice when it has none yet, so e-mails and other devices follow it.
     */
    @Transactional
    public SignedInUser signedIn(UserAccount account, Language pickedOnBrowser) {
        if (account.getLanguage() == null && pickedOnBrowser != null && account.getId() != null) {
            em.find(UserAccount.class, account.getId()).chooseLanguage(pickedOnBrowser.tag());
            return signedIn(account).choosing(pickedOnBrowser);
        }
        return signedIn(account);
    }

    SignedInUser signedIn(UserAccount account) {
        Language chosen = Language.of(account.getLanguage()).orElse(null);
        Language fallback = account.getMunicipality() == null ? Language.BOKMAL
                : writtenForms.of(new MunicipalityNumber(account.getMunicipality())).language();
        return new SignedInUser(account.viewer(), account.getName(), account.getEmail(), chosen, fallback, account.getCredentialsStamp());
    }

    /** The language of e-mails to this user: their choice, else their municipality's written form, else bokmål. */
    Language mailLanguage(UserAccount account) {
        return signedIn(account).screenLanguage();
    }

    @Transactional
    public void choose(long userId, Language language) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account != null) {
            account.chooseLanguage(language.tag());
        }
    }

    @Override
    public Map<Long, Language> ofLeaders(Collection<Long> leaderIds) {
        Map<Long, Language> result = new HashMap<>();
        if (leaderIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(leaderIds);
        List<LeaderView> people = leaders.views(ids);
        Map<String, WrittenForm> forms = writtenForms.of(
                people.stream().map(LeaderView::municipalityNumber).distinct().toList());
        people.forEach(l -> result.put(l.id(), forms.get(l.municipalityNumber()).language()));
        chosen("u.leaderId", ids).forEach(result::put);
        ids.forEach(id -> result.putIfAbsent(id, Language.BOKMAL));
        return result;
    }

    @Override
    public Map<Long, Language> ofAdvisers(Collection<Long> adviserIds) {
        Map<Long, Language> result = new HashMap<>();
        if (adviserIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(adviserIds);
        chosen("u.adviserId", ids).forEach(result::put);
        ids.forEach(id -> result.putIfAbsent(id, Language.BOKMAL));
        return result;
    }

    private Map<Long, Language> chosen(String idField, List<Long> ids) {
        Map<Long, Language> chosen = new HashMap<>();
        em.createQuery("SELECT " + idField + ", u.language FROM UserAccount u WHERE " + idField + " IN :ids AND u.language IS NOT NULL", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> Language.of((String) r[1]).ifPresent(l -> chosen.put((Long) r[0], l)));
        return chosen;
    }
}
