package no.ledernett.municipalities;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a spreadsheet holds which of a leader's fields: guessed from the header row
 * (Navn, E-post, Stilling, Sektor, Enhet, Leder … in bokmål, nynorsk or English), changed by the
 * user, then used to turn the rows into the entries {@link LeaderSync} checks and stores.
 */
public final class LeaderColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A leader's fields an import can fill, with header names that are taken to mean them (compared without case, accents or punctuation). */
    public enum Field {
        NAME("name", true, "navn", "name", "fulltnavn", "fullname", "namn", "ledernavn"),
        EMAIL("email", true, "epost", "email", "mail", "epostadresse", "emailaddress", "epostadr"),
        TITLE("positionTitle", false, "stilling", "tittel", "title", "stillingstittel", "jobtitle", "position", "rolle"),
        SECTOR("sector", false, "sektor", "sector", "tjenesteomrade", "tenesteomrade", "fagomrade"),
        UNIT("unit", false, "enhet", "eining", "unit", "avdeling", "department", "virksomhet", "verksemd"),
        REPORTS_TO("reportsTo", false, "leder", "leiar", "rapportererti", "rapportertil", "rapporterertil", "reportsto", "manager", "naermesteleder",
                "narmesteleder", "naermasteleiar", "lederepost", "leiarepost", "manageremail"),
        PHONE("phone", false, "telefon", "tlf", "mobil", "phone", "mobile", "telefonnummer");

        private final String entryField;
        private final boolean required;
        private final Set<String> names;

        Field(String entryField, boolean required, String... names) {
            this.entryField = entryField;
            this.required = required;
            this.names = Set.of(names);
        }

        /** The field's name in {@link LeaderSync.Entry} and in the problems {@link LeaderSync#preview} names. */
        public String entryField() {
            return entryField;
        }

        public boolean required() {
            return required;
        }
    }

    private final EnumMap<Field, Integer> columns = new EnumMap<>(Field.class);

    /** Each field's column by its header; a header is taken once, by the first field that names it. */
    public static LeaderColumns guess(List<String> headers) {
        LeaderColumns guess = new LeaderColumns();
        List<String> plain = headers.stream().map(LeaderColumns::plain).toList();
        for (Field field : Field.values()) {
            for (int i = 0; i < plain.size(); i++) {
                if (field.names.contains(plain.get(i)) && !guess.columns.containsValue(i)) {
                    guess.columns.put(field, i);
                    break;
                }
            }
        }
        return guess;
    }

    /** The column of a field, or null when no column holds it. */
    public Integer column(Field field) {
        return columns.get(field);
    }

    public void choose(Field field, Integer column) {
        if (column == null || column < 0) {
            columns.remove(field);
        } else {
            columns.put(field, column);
        }
    }

    /** The required fields no column holds. */
    public List<Field> missing() {
        return java.util.Arrays.stream(Field.values()).filter(f -> f.required && !columns.containsKey(f)).toList();
    }

    /** The fields no column holds, as named in {@link LeaderSync.Entry}: a registered leader keeps what they had. */
    public java.util.Set<String> kept() {
        return java.util.Arrays.stream(Field.values()).filter(f -> !columns.containsKey(f)).map(Field::entryField)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The rows as entries for {@link LeaderSync}; a field without a column is left out (a known leader keeps what they had). */
    public List<LeaderSync.Entry> entries(List<List<String>> rows) {
        List<LeaderSync.Entry> entries = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            entries.add(new LeaderSync.Entry(value(row, Field.NAME), value(row, Field.EMAIL), value(row, Field.PHONE), value(row, Field.TITLE),
                    value(row, Field.UNIT), value(row, Field.REPORTS_TO), value(row, Field.SECTOR)));
        }
        return entries;
    }

    private String value(List<String> row, Field field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        String cell = LeaderSheet.cell(row, column);
        return cell.isEmpty() ? null : cell;
    }

    public Map<Field, Integer> asMap() {
        return Map.copyOf(columns);
    }

    /** A header as compared: lower case, æøå and accents folded, only letters. */
    static String plain(String header) {
        String lower = header == null ? "" : header.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }
}
