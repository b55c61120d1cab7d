package no.ledernett.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The language each person reads their e-mail in: their own choice, else (for a leader) their
 * municipality's written form, else bokmål. The accounts module implements it, so modules below it
 * can write to people in their language.
 */
public interface PreferredLanguages {

    /** By leader id; every id asked for is in the answer. */
    Map<Long, Language> ofLeaders(Collection<Long> leaderIds);

    /** By adviser id; every id asked for is in the answer. */
    Map<Long, Language> ofAdvisers(Collection<Long> adviserIds);
}
