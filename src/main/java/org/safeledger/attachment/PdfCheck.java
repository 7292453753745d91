package org.safeledger.attachment;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.safeledger.shared.InvalidInputException;

/**
 * An uploaded PDF is opened once before it is kept: it must parse (PDFBox, streams cached in temporary files, not
 * the heap) and have no more than the configured pages. The check runs under the {@link DecodeBudget} like an
 * image decode, so a burst of PDFs queues too.
 */
final class PdfCheck {

    /** What opening a PDF's structure may hold in memory (objects are parsed lazily, streams go to disk). */
    static final long COST = 32L * 1024 * 1024;

    private PdfCheck() {}

    static void check(Path file, int maxPages, DecodeBudget budget) {
        try (var permit = budget.acquire(COST);
                var document = Loader.loadPDF(
                        new RandomAccessReadBufferedFile(file.toFile()),
                        "",
                        null,
                        null,
                        IOUtils.createTempFileOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new InvalidInputException("file", "error.attachment.pdfPages", maxPages);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException || e instanceof DecodeBudget.Busy) {
                throw (RuntimeException) e;
            }
            throw new InvalidInputException("file", "error.attachment.pdfUnreadable");
        }
    }
}
