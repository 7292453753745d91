package org.safeledger.platform.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.springframework.stereotype.Component;

/**
 * Times as pages show them, in the configured zone (Asia/Shanghai by default); templates call
 * {@code ${@times.format(instant)}}. Storage and the API stay in UTC with offsets.
 */
@Component("times")
public class Times {

    private final DateTimeFormatter minutes;

    Times(SafeLedgerProperties properties) {
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
    }

    public String format(@Nullable Instant instant) {
        return instant == null ? "—" : minutes.format(instant);
    }
}
