package no.ledernett.invoicing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/** A month stored as {@code 2026-11}, which sorts as text and reads the same in SQL. */
@Converter
public class YearMonthColumn implements AttributeConverter<YearMonth, String> {

    @Override
    public String convertToDatabaseColumn(YearMonth month) {
        return month == null ? null : month.toString();
    }

    @Override
    public YearMonth convertToEntityAttribute(String text) {
        return text == null ? null : YearMonth.parse(text);
    }
}
