package no.ledernett.matching;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.platform.Language;

/** Stores an adviser's languages in one column ("BOKMAL,ENGLISH"), so lists need no join. */
@Converter
public class LanguagesConverter implements AttributeConverter<Set<Language>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Language> languages) {
        return languages == null ? "" : languages.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Language> convertToEntityAttribute(String column) {
        EnumSet<Language> languages = EnumSet.noneOf(Language.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Language::valueOf).forEach(languages::add);
        }
        return languages;
    }
}
