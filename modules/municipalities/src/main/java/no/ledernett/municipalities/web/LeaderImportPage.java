package no.ledernett.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ledernett.municipalities.LeaderColumns;
import no.ledernett.municipalities.LeaderSheet;
import no.ledernett.municipalities.LeaderSync;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalitySummary;
import no.ledernett.municipalities.MunicipalityTexts;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Leaders from a spreadsheet, in four steps on one page: upload, choose the columns (guessed from
 * the headers), preview every row with what it would do and its problems, then store all rows or
 * only those without problems. The same for staff (any municipality, from the address) and for a
 * contact (always their own, whatever the request says); {@link LeaderSync} checks the viewer again
 * on every preview and import.
 */
@Named
@ViewScoped
public class LeaderImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "import";

    public enum Step { UPLOAD, COLUMNS, PREVIEW, DONE }

    @Inject
    LeaderSync sync;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Viewer viewer;

    private String municipality;
    private MunicipalitySummary summary;
    private Step step = Step.UPLOAD;
    private String fileName;
    private LeaderSheet sheet;
    private LeaderColumns columns;
    private List<LeaderSync.RowCheck> checks = List.of();
    private boolean onlyProblems;
    private LeaderSync.Result result;

    /** The municipality: a contact's own, or the one in the address for staff. */
    public void load() {
        if (viewer.is(Viewer.Role.CONTACT)) {
            municipality = viewer.municipality();
        }
        summary = directory.getOrNull(municipality);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        step = Step.UPLOAD;
        sheet = null;
        checks = List.of();
        result = null;
        try {
            if (file.getSize() > LeaderSheet.MAX_BYTES) {
                throw new InvalidInputException(Violation.of(MunicipalityTexts.RULES, "file", "import.tooBig", LeaderSheet.MAX_BYTES / (1024 * 1024)));
            }
            sheet = LeaderSheet.read(file.getContent());
            fileName = file.getFileName();
            columns = LeaderColumns.guess(sheet.headers());
            step = Step.COLUMNS;
        } catch (InvalidInputException e) {
            FormMessages.show(FORM, e);
        }
    }

    public void preview() {
        List<LeaderColumns.Field> missing = columns.missing();
        if (!missing.isEmpty()) {
            FormMessages.show(FORM, new InvalidInputException(missing.stream()
                    .map(f -> Violation.of(MunicipalityTexts.RULES, column(f), "import.column", fieldName(f))).toList()));
            return;
        }
        try {
            checks = sync.preview(viewer, municipality, columns.entries(sheet.rows()), columns.kept());
            step = Step.PREVIEW;
        } catch (InvalidInputException e) {
            FormMessages.show(FORM, e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    /** Stores every row: only offered when none has a problem. */
    public void importAll() {
        store(checks.stream().map(LeaderSync.RowCheck::entry).toList());
    }

    public void importValid() {
        store(checks.stream().filter(LeaderSync.RowCheck::valid).map(LeaderSync.RowCheck::entry).toList());
    }

    private void store(List<LeaderSync.Entry> entries) {
        try {
            result = sync.importRows(viewer, municipality, entries, columns.kept());
            step = Step.DONE;
            sheet = null;
            checks = List.of();
        } catch (InvalidInputException e) {
            FormMessages.show(FORM, e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    /** Back to choosing a file. */
    public void restart() {
        step = Step.UPLOAD;
        sheet = null;
        columns = null;
        checks = List.of();
        result = null;
        fileName = null;
    }

    public void backToColumns() {
        step = Step.COLUMNS;
        checks = List.of();
    }

    /** A text of this module's bundle in the viewer's language, with its values. */
    public String text(String key, Object a) {
        return format(key, a);
    }

    public String text(String key, Object a, Object b) {
        return format(key, a, b);
    }

    public String text(String key, Object a, Object b, Object c) {
        return format(key, a, b, c);
    }

    public String text(String key, Object a, Object b, Object c, Object d, Object e) {
        return format(key, a, b, c, d, e);
    }

    private static String format(String key, Object... args) {
        return Texts.format(MunicipalityTexts.TEXTS, FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    /** A row's problems in the viewer's language, one sentence after the other. */
    public String problems(LeaderSync.RowCheck row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return row.problems().stream().map(v -> Texts.format(MunicipalityTexts.TEXTS, locale, "import.field." + v.field()) + ": " + v.message(locale))
                .collect(Collectors.joining(" "));
    }

    public List<LeaderSync.RowCheck> getShown() {
        return onlyProblems ? checks.stream().filter(c -> !c.valid()).toList() : checks;
    }

    public long count(String outcome) {
        return checks.stream().filter(c -> c.outcome().name().equals(outcome)).count();
    }

    public long getValid() {
        return checks.stream().filter(LeaderSync.RowCheck::valid).count();
    }

    public long getInvalid() {
        return checks.size() - getValid();
    }

    public List<LeaderColumns.Field> getFields() {
        return Arrays.asList(LeaderColumns.Field.values());
    }

    /** The id of a field's column choice on the form. */
    public String column(LeaderColumns.Field field) {
        return "column_" + field.entryField();
    }

    private String fieldName(LeaderColumns.Field field) {
        return Texts.format(MunicipalityTexts.TEXTS, FacesContext.getCurrentInstance().getViewRoot().getLocale(), "import.field." + field.entryField());
    }

    public Integer getColumnOf(LeaderColumns.Field field) {
        return columns == null ? null : columns.column(field);
    }

    /** Column choices: one per header of the file, named by its letter and its header. */
    public List<ColumnChoice> getColumnChoices() {
        if (sheet == null) {
            return List.of();
        }
        List<String> headers = sheet.headers();
        return java.util.stream.IntStream.range(0, headers.size()).mapToObj(i -> new ColumnChoice(i, letter(i) + ": " + headers.get(i))).toList();
    }

    /** One column of the file to choose for a field. */
    public record ColumnChoice(int index, String label) implements Serializable {
    }

    /** The field to column map as the form binds it, one select per field. */
    public java.util.Map<LeaderColumns.Field, Integer> getMapping() {
        return new ColumnBinding();
    }

    /** Lets the form read and set each field's column by the field's name. */
    private final class ColumnBinding extends java.util.AbstractMap<LeaderColumns.Field, Integer> implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Integer get(Object key) {
            return columns == null ? null : columns.column((LeaderColumns.Field) key);
        }

        @Override
        public Integer put(LeaderColumns.Field key, Integer value) {
            columns.choose(key, value);
            return null;
        }

        @Override
        public java.util.Set<Entry<LeaderColumns.Field, Integer>> entrySet() {
            return java.util.Set.of();
        }
    }

    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + (char) ('A' + index % 26);
    }

    public long getMaxMegabytes() {
        return LeaderSheet.MAX_BYTES / (1024 * 1024);
    }

    public long getMaxBytes() {
        return LeaderSheet.MAX_BYTES;
    }

    public int getMaxRows() {
        return LeaderSheet.MAX_ROWS;
    }

    public MunicipalitySummary getSummary() {
        return summary;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Step getStep() {
        return step;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowCount() {
        return sheet == null ? 0 : sheet.rows().size();
    }

    public List<LeaderSync.RowCheck> getChecks() {
        return checks;
    }

    public boolean isOnlyProblems() {
        return onlyProblems;
    }

    public void setOnlyProblems(boolean onlyProblems) {
        this.onlyProblems = onlyProblems;
    }

    public LeaderSync.Result getResult() {
        return result;
    }
}
