package org.safeledger.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Images;

/** The perceptual hash: copies of a photo stay within the threshold, other scenes fall far outside it. */
class ImageFingerprintTests {

    @Test
    void aResizedCopyOfAPhotoIsSimilarAndADifferentSceneIsNot() {
        var photo = Images.scene(7, 800, 600);
        long original = ImageFingerprint.dHash(photo);
        long smaller = ImageFingerprint.dHash(Images.scaled(photo, 400, 300));
        long squeezed = ImageFingerprint.dHash(Images.scaled(photo, 640, 600));
        assertThat(ImageFingerprint.distance(original, smaller)).isLessThanOrEqualTo(ImageFingerprint.SIMILAR_BITS);
        assertThat(ImageFingerprint.distance(original, squeezed)).isLessThanOrEqualTo(ImageFingerprint.SIMILAR_BITS);
        for (long seed = 8; seed < 20; seed++) {
            long other = ImageFingerprint.dHash(Images.scene(seed, 800, 600));
            assertThat(ImageFingerprint.distance(original, other))
                    .as("scene " + seed)
                    .isGreaterThan(ImageFingerprint.SIMILAR_BITS);
        }
    }

    @Test
    void theHashIsTheSameForTheSameImage() {
        var photo = Images.scene(3, 320, 240);
        assertThat(ImageFingerprint.dHash(photo)).isEqualTo(ImageFingerprint.dHash(Images.scene(3, 320, 240)));
    }
}
