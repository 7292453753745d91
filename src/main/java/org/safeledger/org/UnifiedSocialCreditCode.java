package org.safeledger.org;

import java.util.Optional;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority (1), institution type
 * (1), administrative division (6), the organisation code of GB 11714 (8 + its own check character), and a check
 * character over the first 17. Only digits and upper-case letters other than I, O, S, V and Z occur.
 */
public final class UnifiedSocialCreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a code is not valid; each maps to a message {@code error.creditCode.<name>}. */
    public enum Problem {
        LENGTH,
        CHARSET,
        ORGANISATION_CHECK,
        CHECK
    }

    private UnifiedSocialCreditCode() {}

    /** The first problem found, or empty for a valid code. Input is taken as is: callers trim and upper-case. */
    public static Optional<Problem> problem(String code) {
        if (code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARSET);
            }
        }
        if (organisationCheckCharacter(code.substring(8, 16)) != code.charAt(16)) {
            return Optional.of(Problem.ORGANISATION_CHECK);
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of(Problem.CHECK);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** GB 32100-2015: C18 = 31 - (Σ Ci·Wi mod 31), with Wi = 3^(i-1) mod 31 and 31 written as 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714-1997: C9 = 11 - (Σ ci·wi mod 11), letters valued A=10..Z=35; 10 is written X, 11 is 0. */
    static char organisationCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Completes a 16-character stem (everything before the two check characters) into a valid code. The demo data
     * and tests use it to make codes that are valid by construction without being any real organisation's.
     */
    public static String complete(String stem16) {
        var with17 = stem16 + organisationCheckCharacter(stem16.substring(8, 16));
        return with17 + checkCharacter(with17);
    }
}
