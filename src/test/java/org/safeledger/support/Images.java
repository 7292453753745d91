package org.safeledger.support;

import java.util.Base64;

/** Tiny real image files for upload tests. */
public final class Images {

    /** A 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Images() {}

    /** A photograph-like scene: shapes and a gradient drawn from the seed; different seeds, different scenes. */
    public static java.awt.image.BufferedImage scene(long seed, int width, int height) {
        // mixed first: java.util.Random gives nearby seeds correlated first numbers
        var random = new java.util.Random(new java.util.SplittableRandom(seed).nextLong());
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(
                0, 0, new java.awt.Color(random.nextInt()), width, height, new java.awt.Color(random.nextInt())));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new java.awt.Color(random.nextInt()));
            int w = width / 8 + random.nextInt(width / 3);
            int h = height / 8 + random.nextInt(height / 3);
            g.fillOval(random.nextInt(width - w), random.nextInt(height - h), w, h);
        }
        g.dispose();
        return image;
    }

    /** The image encoded in a format ImageIO writes ("png", "jpg"). */
    public static byte[] encode(java.awt.image.BufferedImage image, String format) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The image scaled to a new size, as a re-sent or re-compressed copy of a photo would be. */
    public static java.awt.image.BufferedImage scaled(java.awt.image.BufferedImage image, int width, int height) {
        var copy = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = copy.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    public static byte[] png() {
        return PNG.clone();
    }

    /**
     * A WEBP of 47 bytes that declares a canvas of {@code width × height} (an extended-format header) and holds no
     * picture: the "pixel bomb" a decoder that trusts the header would allocate gigabytes for.
     */
    public static byte[] webpDeclaring(int width, int height) {
        var out = java.nio.ByteBuffer.allocate(47).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(39);
        out.put("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.put("VP8X".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(10);
        out.put((byte) 0).put(new byte[3]);
        putUint24(out, width - 1);
        putUint24(out, height - 1);
        out.put("VP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(9);
        out.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9d, 0x01, 0x2a, 0x00, 0x00, 0x00});
        return out.array();
    }

    private static void putUint24(java.nio.ByteBuffer out, int value) {
        out.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    /**
     * A PNG decompression bomb: {@code width × height} RGB pixels, all black, deflated to a small file (16,000 ×
     * 12,000 is 576 MB of pixels in about 560 KB).
     */
    public static byte[] pngBomb(int width, int height) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            var data = new java.io.DataOutputStream(out);
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            var header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height);
            header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(data, "IHDR", header.array());
            var pixels = new java.io.ByteArrayOutputStream();
            try (var deflate = new java.util.zip.DeflaterOutputStream(
                    pixels, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
                var row = new byte[width * 3 + 1];
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(data, "IDAT", pixels.toByteArray());
            chunk(data, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void chunk(java.io.DataOutputStream out, String type, byte[] body) throws java.io.IOException {
        var crc = new java.util.zip.CRC32();
        var name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(name);
        crc.update(body);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }

    /**
     * A large photograph-like JPEG (grey, ripples and grain): one byte per pixel is held only while it is encoded.
     */
    public static byte[] largeJpeg(int width, int height) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            var raster = image.getRaster();
            var random = new java.util.SplittableRandom(42);
            var row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    row[x] = (int) (128 + 60 * Math.sin(x / 37.0) * Math.cos(y / 53.0)) + random.nextInt(8);
                }
                raster.setSamples(0, y, width, 1, 0, row);
            }
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real PDF of blank A4 pages (PDFBox). */
    public static byte[] pdf(int pages) {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
