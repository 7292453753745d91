package org.safeledger.attachment;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import net.coobird.thumbnailator.Thumbnails;
import org.safeledger.shared.InvalidInputException;

/**
 * What an uploaded image is made of: its size, a thumbnail, and a perceptual hash. Only the header is read before
 * the checks: an image declaring more pixels than the cap (a "pixel bomb": 47 bytes that declare 198 megapixels)
 * is refused without decoding, and every decode first takes the memory its decoder needs from the
 * {@link DecodeBudget}. JPEG and PNG are decoded subsampled (never more than about 1,600 pixels across), a few
 * megabytes whatever the photo; the WEBP decoder (TwelveMonkeys) builds the whole frame's macroblocks, measured at
 * 21–42 bytes per pixel, so a WEBP is charged {@link #WEBP_BYTES_PER_PIXEL} per pixel and refused when even the
 * whole budget could not hold it.
 *
 * <p>The hash is a difference hash (dHash): the image reduced to 9×8 grey pixels, one bit per pair of horizontal
 * neighbours (is the left one brighter?). Re-encoding, resizing, mild brightness or contrast changes and small
 * crops leave most bits unchanged; a different scene changes about half. Two hashes within
 * {@link #SIMILAR_BITS} bits are taken for the same photograph.
 */
final class ImageFingerprint {

    /** Hamming distance up to which two dHashes count as the same photograph. */
    static final int SIMILAR_BITS = 6;

    /** What the WEBP decoder holds per pixel (measured up to 42 bytes on lossy 4 and 12 Mpx photos). */
    static final int WEBP_BYTES_PER_PIXEL = 48;

    private static final long MB = 1024 * 1024;
    private static final int WORKING_SIZE = 1600;
    private static final int THUMBNAIL_SIZE = 320;

    private ImageFingerprint() {}

    record Analysis(int width, int height, long hash, BufferedImage thumbnail) {}

    /** The limits an analysis runs under: the pixel cap and the shared decoding memory. */
    record Limits(long maxPixels, DecodeBudget budget) {}

    /** Reads the image; empty when ImageIO has no reader for it (a PDF). */
    static Optional<Analysis> analyse(Path file, ContentType type, Limits limits) throws IOException {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                return Optional.empty();
            }
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (width <= 0 || height <= 0 || pixels > limits.maxPixels()) {
                    throw new InvalidInputException(
                            "file", "error.attachment.tooManyPixels", limits.maxPixels() / 1_000_000);
                }
                long cost = decodeCost(type, width, height);
                if (!limits.budget().fits(cost)) {
                    throw new InvalidInputException(
                            "file",
                            "error.attachment.tooLargeToDecode",
                            limits.budget().totalBytes() / WEBP_BYTES_PER_PIXEL / 1_000_000);
                }
                try (var permit = limits.budget().acquire(cost)) {
                    var param = reader.getDefaultReadParam();
                    int step = subsampling(width, height);
                    param.setSourceSubsampling(step, step, 0, 0);
                    var image = reader.read(0, param);
                    var thumbnail = Thumbnails.of(image)
                            .size(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
                            .outputFormat("jpg")
                            .imageType(BufferedImage.TYPE_INT_RGB)
                            .asBufferedImage();
                    return Optional.of(new Analysis(width, height, dHash(image), thumbnail));
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidInputException || e instanceof DecodeBudget.Busy) {
                    throw (RuntimeException) e;
                }
                // a corrupt image whose header sniffed right, or one ImageIO cannot decode (CMYK JPEG from a
                // scanner): stored as before, without thumbnail or hash
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    private static int subsampling(int width, int height) {
        return Math.max(1, Math.max(width, height) / WORKING_SIZE);
    }

    /**
     * The heap a decode of this image needs: the subsampled picture and its thumbnail and scaled copies, plus
     * what the format's decoder holds — a WEBP's whole frame, a JPEG's or PNG's rows only.
     */
    static long decodeCost(ContentType type, int width, int height) {
        int step = subsampling(width, height);
        long working = (long) (width / step + 1) * (height / step + 1) * 4 * 3;
        long decoder = switch (type) {
            case WEBP -> (long) width * height * WEBP_BYTES_PER_PIXEL;
            case PNG -> (long) width * 16 + 8 * MB;
            default -> (long) width * 32 + 8 * MB;
        };
        return working + decoder;
    }

    static long dHash(BufferedImage image) {
        var small = new BufferedImage(9, 8, BufferedImage.TYPE_BYTE_GRAY);
        var g = small.createGraphics();
        g.drawImage(image.getScaledInstance(9, 8, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        var raster = small.getRaster();
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash <<= 1;
                if (raster.getSample(x, y, 0) > raster.getSample(x + 1, y, 0)) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
