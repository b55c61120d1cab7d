package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.ledernett.platform.InvalidInputException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class LeaderSheetTest {

    @Test
    void reads_an_xlsx_workbook_header_and_rows_as_text() throws IOException {
        LeaderSheet sheet = LeaderSheet.read(xlsx(List.of(
                List.of("Navn", "E-post", "Stilling", "Telefon"),
                List.of("Kari Nordmann", "kari@lillestrom.kommune.no", "Rektor", "4791234567"),
                List.of(),
                List.of(" Ola Hansen ", "ola@lillestrom.kommune.no"))));
        assertEquals(List.of("Navn", "E-post", "Stilling", "Telefon"), sheet.headers());
        assertEquals(2, sheet.rows().size(), "the blank row is left out");
        assertEquals("Kari Nordmann", sheet.rows().get(0).get(0));
        assertEquals("4791234567", sheet.rows().get(0).get(3));
        assertEquals("Ola Hansen", sheet.rows().get(1).get(0), "cells are trimmed");
    }

    @Test
    void reads_a_semicolon_csv_in_utf8_with_byte_order_mark() {
        String csv = "\uFEFFNavn;E-post;Enhet\r\n\"Kari; Nordmann\";kari@x.no;Skøyen skole\r\n\r\nOla;ola@x.no;\r\n";
        LeaderSheet sheet = LeaderSheet.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Navn", "E-post", "Enhet"), sheet.headers());
        assertEquals(List.of("Kari; Nordmann", "kari@x.no", "Skøyen skole"), sheet.rows().get(0));
        assertEquals(2, sheet.rows().size());
    }

    @Test
    void reads_a_comma_csv_written_by_older_excel_in_windows_1252() {
        byte[] content = "Name,Email,Unit\nÅse Ødegård,ase@x.no,Bjørkelangen\n".getBytes(Charset.forName("windows-1252"));
        assertEquals("Åse Ødegård", LeaderSheet.read(content).rows().get(0).get(0));
    }

    @Test
    void refuses_an_empty_file_a_file_over_5_mb_and_a_header_without_rows() {
        assertEquals("import.empty", refusal(new byte[0]));
        assertEquals("import.tooBig", refusal(new byte[(int) LeaderSheet.MAX_BYTES + 1]));
        assertEquals("import.noRows", refusal("Navn;E-post\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refuses_more_than_5000_rows() {
        StringBuilder csv = new StringBuilder("Navn;E-post\n");
        for (int i = 0; i <= LeaderSheet.MAX_ROWS; i++) {
            csv.append("Leder ").append(i).append(";l").append(i).append("@x.no\n");
        }
        assertEquals("import.tooManyRows", refusal(csv.toString().getBytes(StandardCharsets.UTF_8)));
        csv.setLength(csv.lastIndexOf("Leder "));
        assertEquals(LeaderSheet.MAX_ROWS, LeaderSheet.read(csv.toString().getBytes(StandardCharsets.UTF_8)).rows().size());
    }

    @Test
    void refuses_a_zip_bomb_before_the_reader_opens_it() throws IOException {
        // 60 MB of zeros in one entry packs into some 60 kB: far over the unpacked limit and the ratio.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertEquals("import.zipBomb", refusal(bytes.toByteArray()));
    }

    @Test
    void refuses_a_zip_of_many_small_entries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= LeaderSheet.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        }
        assertEquals("import.zipBomb", refusal(bytes.toByteArray()));
    }

    @Test
    void refuses_a_broken_workbook_an_old_xls_and_a_binary_file() throws IOException {
        byte[] workbook = xlsx(List.of(List.of("Navn", "E-post"), List.of("Kari", "kari@x.no")));
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertEquals("import.malformed", refusal(cut));
        byte[] notAWorkbook = zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("import.malformed", refusal(notAWorkbook));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertEquals("import.kind", refusal(ole2));
        assertEquals("import.kind", refusal(new byte[] {'G', 'I', 'F', '8', 0, 0, 1}));
    }

    @Test
    void refuses_a_csv_with_an_unclosed_quote() {
        assertEquals("import.malformed", refusal("Navn;E-post\n\"Kari;kari@x.no\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(byte[] content) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LeaderSheet.read(content));
        assertEquals("file", e.violations().get(0).field());
        return e.violations().get(0).rule();
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Ledernett", "1.0");
        Worksheet sheet = workbook.newWorksheet("Ledere");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
