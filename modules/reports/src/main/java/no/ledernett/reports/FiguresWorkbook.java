package no.ledernett.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import no.ledernett.platform.CsvCell;
import no.ledernett.platform.Texts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The management figures as an Excel workbook (.xlsx): one sheet per section, a header row in the
 * reader's language, then one row per client and month, adviser and month, or month; numbers as
 * numbers, so they sum and chart in the spreadsheet, and an empty cell where a figure is hidden.
 * Text that would start a formula (= + - @) gets a leading single quote, as in every CSV export.
 * Written with fastexcel, which streams the sheets without building them in memory first.
 */
public final class FiguresWorkbook {

    private FiguresWorkbook() {
    }

    public static void write(ManagementFigures.Figures figures, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Ledernett", "1.0");
        Sheet hours = new Sheet(workbook, locale, "hours", "municipality", "client", "month", "sold", "used", "remaining");
        for (ClientHours.ClientMonth r : figures.hours().byClientAndMonth()) {
            hours.row(r.municipality(), r.name(), r.month().toString(), r.sold(), r.used(), r.remaining());
        }
        hours.done();
        Sheet capacity = new Sheet(workbook, locale, "capacity", "adviser", "county", "month", "capacity", "committed", "free");
        for (Capacity.Adviser a : figures.capacity().advisers()) {
            for (int i = 0; i < a.committed().size(); i++) {
                capacity.row(a.name(), a.homeCounty(), figures.capacity().months().get(i).toString(), a.monthlyCapacity(), a.committed().get(i),
                        ClientHours.round(a.monthlyCapacity() - a.committed().get(i)));
            }
        }
        capacity.done();
        Sheet attendance = new Sheet(workbook, locale, "attendance", "month", "meetings", "marked", "present", "rate", "answers", "average");
        figures.attendance().forEach(m -> attendance.row(m.month().toString(), m.meetings(), m.marked(), m.present(), m.attendanceRate(),
                m.feedbackAnswers(), m.feedbackAverage()));
        attendance.percent(4);
        attendance.done();
        Sheet requests = new Sheet(workbook, locale, "requests", "month", "received", "handled", "open", "averageHours", "longestHours");
        figures.requests().forEach(m -> requests.row(m.month().toString(), m.received(), m.handled(), m.open(), m.averageHours(), m.longestHours()));
        requests.done();
        workbook.finish();
    }

    /** A sheet being written: its header row first, then a row at a time. */
    private static final class Sheet {

        private final Worksheet sheet;
        private int row = 1;

        Sheet(Workbook workbook, Locale locale, String name, String... headers) {
            sheet = workbook.newWorksheet(Texts.format(ReportTexts.TEXTS, locale, "figures.sheet." + name));
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, Texts.format(ReportTexts.TEXTS, locale, "figures.column." + headers[c]));
                sheet.width(c, c < 2 ? 24 : 14);
            }
            sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
            sheet.freezePane(0, 1);
        }

        void row(Object... values) {
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (values[c] != null) {
                    // A client or adviser named "=HYPERLINK(…)" stays text when the sheet is opened (formula injection).
                    sheet.value(row, c, CsvCell.neutralised(values[c].toString()));
                }
            }
            row++;
        }

        /** A column of shares (0–1) shown as per cent. */
        void percent(int column) {
            if (row > 1) {
                sheet.range(1, column, row - 1, column).style().format("0%").set();
            }
        }

        void done() throws IOException {
            sheet.finish();
        }
    }
}
