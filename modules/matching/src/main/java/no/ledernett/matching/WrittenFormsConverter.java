package no.ledernett.matching;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores an adviser's languages in one column ("BOKMAL,ENGLISH"), so lists need no join. */
@Converter
public class WrittenFormsConverter implements AttributeConverter<Set<WrittenForm>, String> {

    @Override
    public String convertToDatabaseColumn(Set<WrittenForm> forms) {
        return forms == null ? "" : forms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<WrittenForm> convertToEntityAttribute(String column) {
        EnumSet<WrittenForm> forms = EnumSet.noneOf(WrittenForm.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(WrittenForm::valueOf).forEach(forms::add);
        }
        return forms;
    }
}
