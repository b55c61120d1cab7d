package no.ledernett.platform;

/**
 * One text cell of a CSV file that people open in a spreadsheet. A cell that begins with
 * {@code = + - @}, a tab or a line break is read by Excel and LibreOffice as a formula (CSV or
 * formula injection: a group named {@code =HYPERLINK(...)} becomes a live link), so such a cell
 * gets a leading single quote, as OWASP advises; every cell is quoted, so separators, quotes and
 * line breaks inside stay text. Every CSV writer writes its text cells through here, and every
 * workbook writer through {@link #neutralised}.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The cell as it goes between separators: quoted, inner quotes doubled, a formula start neutralised; null as an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * The text as a spreadsheet library (fastexcel) should write it into a cell: with a leading single quote when it
     * would start a formula, as {@link #text} does for CSV, so an export is safe in whichever form it is opened.
     */
    public static String neutralised(String value) {
        return value == null || value.isEmpty() || !startsLikeAFormula(value) ? value : "'" + value;
    }

    static boolean startsLikeAFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
            // Full-width forms: some spreadsheets normalise them to the ASCII characters.
            case '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
