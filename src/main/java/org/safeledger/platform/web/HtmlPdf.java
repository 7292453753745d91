package org.safeledger.platform.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An XHTML page laid out as a PDF by openhtmltopdf with the CJK font the application ships (embedded, so the file
 * reads the same everywhere; the host's fonts are never asked). Templates name the font as {@link #FONT_FAMILY}. No
 * resource outside the page is loaded: a picture comes as a data: URI.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "Droid Sans Fallback";

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    /** Latin letters and digits drawn alike everywhere; a template may name it before {@link #FONT_FAMILY}. */
    public static final String LATIN_FAMILY = "DejaVu Sans";

    private HtmlPdf() {}

    public static byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> HtmlPdf.class.getResourceAsStream(FONT), FONT_FAMILY);
            builder.useFont(() -> HtmlPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), LATIN_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
