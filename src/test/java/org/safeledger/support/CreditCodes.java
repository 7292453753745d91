package org.safeledger.support;

import java.util.concurrent.ThreadLocalRandom;
import org.safeledger.org.UnifiedSocialCreditCode;

/** Fresh, valid credit codes for tests, so that runs against a reused database never collide. */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {}

    public static String fresh(String regionCode) {
        var body = new StringBuilder("T");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            body.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        return UnifiedSocialCreditCode.complete("91" + regionCode + body);
    }
}
