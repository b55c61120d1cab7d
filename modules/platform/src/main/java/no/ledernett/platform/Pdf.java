package no.ledernett.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.samskivert.mustache.Mustache;

/**
 * Documents we hand to municipalities (invoices, client reports) as PDF made from XHTML: tagged for
 * PDF/UA, so a screen reader reads headings, tables and their order, with the language taken from
 * the page's {@code lang} and fonts embedded (DejaVu Sans, which covers æ, ø, å and Sami letters).
 * A kommune must publish accessible documents, and a report may be requested by anyone under
 * offentleglova.
 */
public final class Pdf {

    /** The family name templates use in their CSS. */
    public static final String FONT = "DejaVu Sans";

    /** Held, so the setting stays: the renderer logs every stage of every document at INFO. */
    private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

    static {
        RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Pdf() {
    }

    /** The XHTML (well-formed, with {@code <html lang="…">} and a {@code <title>}) as a PDF/UA document. */
    public static byte[] accessible(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useFont(() -> Pdf.class.getResourceAsStream("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> Pdf.class.getResourceAsStream("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Ledernett");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A Mustache template (a resource beside {@code owner}) filled in, then made a PDF. Every value
     * is escaped as HTML, so a name or a free text never becomes markup.
     */
    public static byte[] fromTemplate(Class<?> owner, String template, Object values) {
        try (Reader reader = new InputStreamReader(owner.getResourceAsStream(template), StandardCharsets.UTF_8)) {
            return accessible(Mustache.compiler().defaultValue("").compile(reader).execute(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
