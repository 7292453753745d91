package org.safeledger.tipoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of the anonymous form ({@code safeledger.tipoff.*}). Every photo is further bounded as every upload is
 * ({@code safeledger.attachment.max-size}, {@code max-pixels}, the decoding budget): the smaller size wins.
 *
 * @param maxPhotoBytes the largest photo the public may send
 * @param perClientPerHour the submissions one client address may make in an hour (tokens refill evenly)
 */
@ConfigurationProperties("safeledger.tipoff")
public record TipOffProperties(
        @DefaultValue("5MB") DataSize maxPhotoBytes,
        @DefaultValue("10") int perClientPerHour) {

    /** Photos one tip-off may carry. */
    public static final int MAX_PHOTOS = 3;

    /** The longest place, description and contact (the form's and the table's limits). */
    public static final int MAX_PLACE = 200;

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_CONTACT = 100;
}
