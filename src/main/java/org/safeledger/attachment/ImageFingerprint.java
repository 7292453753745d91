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
 * What an uploaded image is made of: its size, a thumbnail, and a perceptual hash. The image is decoded
 * subsampled (never more than about 1,600 pixels across), so a 50-megapixel phone photo costs a few megabytes of
 * memory, and a "pixel bomb" (a small file declaring a huge image) is refused before decoding.
 *
 * <p>The hash is a difference hash (dHash): the image reduced to 9×8 grey pixels, one bit per pair of horizontal
 * neighbours (is the left one brighter?). Re-encoding, resizing, mild brightness or contrast changes and small
 * crops leave most bits unchanged; a different scene changes about half. Two hashes within
 * {@link #SIMILAR_BITS} bits are taken for the same photograph.
 */
final class ImageFingerprint {

    /** Hamming distance up to which two dHashes count as the same photograph. */
    static final int SIMILAR_BITS = 6;

    private static final long MAX_PIXELS = 200_000_000L;
    private static final int WORKING_SIZE = 1600;
    private static final int THUMBNAIL_SIZE = 320;

    private ImageFingerprint() {}

    record Analysis(int width, int height, long hash, BufferedImage thumbnail) {}

    /** Reads the image; empty when ImageIO has no reader for it (a PDF). */
    static Optional<Analysis> analyse(Path file) throws IOException {
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
                if ((long) width * height > MAX_PIXELS) {
                    throw new InvalidInputException("file", "error.attachment.tooManyPixels");
                }
                var param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / WORKING_SIZE);
                param.setSourceSubsampling(step, step, 0, 0);
                var image = reader.read(0, param);
                var thumbnail = Thumbnails.of(image)
                        .size(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
                        .outputFormat("jpg")
                        .imageType(BufferedImage.TYPE_INT_RGB)
                        .asBufferedImage();
                return Optional.of(new Analysis(width, height, dHash(image), thumbnail));
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                // a corrupt image whose header sniffed right, or one ImageIO cannot decode (CMYK JPEG from a
                // scanner): stored as before, without thumbnail or hash
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
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
