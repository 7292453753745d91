package org.safeledger.tipoff;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.Upload;

/** What the public and the triage send, one small record per action. */
public final class TipOffInputs {

    private TipOffInputs() {}

    /** The anonymous form's fields: the county's code, the sector's code or none, place, what happens, contact. */
    public record Submission(
            @Nullable @Size(max = 12) String regionCode,
            @Nullable @Size(max = 40) String sector,

            @Nullable @Size(max = TipOffProperties.MAX_PLACE)
            String place,

            @Nullable @Size(max = TipOffProperties.MAX_DESCRIPTION)
            String description,

            @Nullable @Size(max = TipOffProperties.MAX_CONTACT)
            String contact) {}

    /** A photo as received, with the size the multipart parser measured (checked before a byte is stored). */
    public record Photo(Upload upload, long size) {}

    /** Turn it into a hazard of an enterprise of the county; the sector and title default to the tip-off's. */
    public record OpenHazard(
            @Nullable Integer version,
            @Nullable Long enterpriseId,
            @Nullable String sector,
            @Nullable String title) {}

    /** Order an enforcement inspection: the note says what, where and by whom (kept inside). */
    public record OrderInspection(
            @Nullable Integer version, @Nullable String note) {}

    /** Reject it with the reason the reporter reads on the tracking page. */
    public record Reject(
            @Nullable Integer version, @Nullable String reason) {}

    /** The reward: {@code GRANTED} with an amount in yuan, or {@code DECLINED} with a reason. */
    public record Reward(
            @Nullable Integer version,
            @Nullable String decision,
            @Nullable BigDecimal amount,
            @Nullable String reason) {}
}
