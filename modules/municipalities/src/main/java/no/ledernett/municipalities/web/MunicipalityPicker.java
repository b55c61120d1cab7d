package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.ledernett.municipalities.MunicipalityChoice;
import no.ledernett.municipalities.MunicipalityDirectory;

/** The suggestions of every municipality field (the tag {@code <mun:municipality>}), from the catalogue in memory. */
@Named
@ApplicationScoped
public class MunicipalityPicker {

    static final int SUGGESTIONS = 12;

    @Inject
    MunicipalityDirectory directory;

    public List<String> complete(String text) {
        return directory.suggest(text, SUGGESTIONS).stream().map(MunicipalityChoice::label).toList();
    }
}
