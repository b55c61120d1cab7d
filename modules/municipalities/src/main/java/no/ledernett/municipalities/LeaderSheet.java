package no.ledernett.municipalities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Violation;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A spreadsheet of leaders as uploaded (.xlsx or .csv): its header row and the rows under it, as
 * text, read within stated limits. The kind is told by the content, not the name. An .xlsx is a zip
 * archive, so before the reader opens it every entry is unpacked once and counted: an archive that
 * would unpack to more than {@link #MAX_UNPACKED} bytes, or to more than {@link #MAX_RATIO} times its
 * own size, is refused as a zip bomb before anything reads it. Every refusal is an
 * {@link InvalidInputException} with a rule of its own, and nothing has been stored.
 */
public record LeaderSheet(List<String> headers, List<List<String>> rows) implements Serializable {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = LeaderSync.MAX_ROWS;
    static final long MAX_UNPACKED = 50L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 1000;
    static final int MAX_COLUMNS = 100;
    static final int MAX_CELL = 1000;
    static final String FIELD = "file";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An old .xls (or other Office 97 file). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    public LeaderSheet {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads an uploaded file. */
    public static LeaderSheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("import.tooBig", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, ZIP)) {
            checkArchive(content);
            return xlsx(content);
        }
        if (startsWith(content, OLE2) || looksBinary(content)) {
            throw refused("import.kind");
        }
        return csv(text(content));
    }

    /** Unpacks every entry once, counting what comes out, and stops at the first limit passed. */
    static void checkArchive(byte[] content) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("import.zipBomb");
                }
                if (!zip.canReadEntryData(entry)) {
                    throw refused("import.malformed");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED || (unpacked > 1024 * 1024 && unpacked > (long) MAX_RATIO * content.length)) {
                            throw refused("import.zipBomb");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("import.malformed");
        }
        if (entries == 0) {
            throw refused("import.malformed");
        }
    }

    private static LeaderSheet xlsx(byte[] content) {
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                int count = Math.min(row.getCellCount(), MAX_COLUMNS);
                for (int i = 0; i < count; i++) {
                    cells.add(row.hasCell(i) && row.getCell(i) != null ? row.getCell(i).getText() : "");
                }
                add(table, cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("import.malformed");
        }
        return of(table);
    }

    private static LeaderSheet csv(String text) {
        char delimiter = delimiter(text);
        List<List<String>> table = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
                    cells.add(record.get(i));
                }
                add(table, cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("import.malformed");
        }
        return of(table);
    }

    /** Adds a row that is not blank, cells trimmed and cut at {@link #MAX_CELL}; refuses a row over the limit. */
    private static void add(List<List<String>> table, List<String> cells) {
        List<String> row = cells.stream().map(c -> c == null ? "" : c.strip()).map(c -> c.length() > MAX_CELL ? c.substring(0, MAX_CELL) : c).toList();
        if (row.stream().allMatch(String::isEmpty)) {
            return;
        }
        table.add(row);
        if (table.size() > MAX_ROWS + 1) {
            throw refused("import.tooManyRows", MAX_ROWS);
        }
    }

    private static LeaderSheet of(List<List<String>> table) {
        if (table.size() < 2) {
            throw refused("import.noRows");
        }
        List<String> headers = table.get(0);
        int width = table.stream().mapToInt(List::size).max().orElse(0);
        List<String> padded = new ArrayList<>(headers);
        while (padded.size() < width) {
            padded.add("");
        }
        return new LeaderSheet(padded, table.subList(1, table.size()));
    }

    /** The separator the first line uses most: Norwegian Excel writes semicolons, others commas or tabs. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** UTF-8 (with or without its byte order mark), else Windows-1252, which older Excel writes. */
    static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && java.util.Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** NUL bytes never occur in a text file. */
    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The cell in the column, or empty when the column is not chosen or the row is shorter. */
    public static String cell(List<String> row, Integer column) {
        return column == null || column < 0 || column >= row.size() ? "" : row.get(column);
    }

    private static InvalidInputException refused(String rule, Object... args) {
        return new InvalidInputException(Violation.of(MunicipalityTexts.RULES, FIELD, rule, args));
    }
}
