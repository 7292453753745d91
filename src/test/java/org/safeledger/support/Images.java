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
}
