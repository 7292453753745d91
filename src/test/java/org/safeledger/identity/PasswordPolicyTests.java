package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeledger.shared.InvalidInputException;

/** The password policy on its own, with the shipped list of common passwords: no Spring. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    private static InvalidInputException refusal(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the password was accepted");
    }

    @Test
    void acceptsALongUncommonPasswordUnrelatedToTheUsername() {
        assertThatCode(() -> policy.check("mine1", "Tailings-dam-7-north")).doesNotThrowAnyException();
    }

    @Test
    void refusesAPasswordShorterThanTenCharactersNamingThePasswordField() {
        var refusal = refusal(() -> policy.check("mine1", "Qx7!pLm2z"));

        assertThat(refusal.field()).isEqualTo("password");
        assertThat(refusal.messageKey()).isEqualTo("error.password.length");
        assertThat(refusal.args()).containsExactly(10, 64);
    }

    @Test
    void acceptsExactlyTenCharacters() {
        assertThatCode(() -> policy.check("mine1", "Qx7!pLm2zR")).doesNotThrowAnyException();
    }

    @Test
    void countsChineseCharactersAsCharactersNotAsBytes() {
        assertThat(refusal(() -> policy.check("mine1", "安全生产责任重于泰")).messageKey())
                .isEqualTo("error.password.length");
        assertThatCode(() -> policy.check("mine1", "安全生产责任重于泰山")).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanSixtyFourCharacters() {
        assertThat(refusal(() -> policy.check("mine1", "a1".repeat(33))).messageKey())
                .isEqualTo("error.password.length");
    }

    @Test
    void refusesMoreThanBcryptsSeventyTwoBytes() {
        var refusal = refusal(() -> policy.check("mine1", "安".repeat(25)));

        assertThat(refusal.messageKey()).isEqualTo("error.password.bytes");
        assertThat(refusal.field()).isEqualTo("password");
    }

    @Test
    void refusesACommonPasswordOfTheShippedList() {
        assertThat(refusal(() -> policy.check("mine1", "1234567890")).messageKey())
                .isEqualTo("error.password.common");
        assertThat(refusal(() -> policy.check("mine1", "qwertyuiop")).messageKey())
                .isEqualTo("error.password.common");
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(refusal(() -> policy.check("mine1", "QwertyUIOP")).messageKey())
                .isEqualTo("error.password.common");
    }

    @Test
    void shipsAboutTenThousandCommonPasswordsWithoutItsCommentLines() {
        assertThatThrownBy(() -> policy.check("mine1", "password123")).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> policy.check("mine1", "# The 10,000 commonest")).doesNotThrowAnyException();
    }

    @Test
    void refusesThePasswordEqualToTheUsernameIgnoringCase() {
        assertThat(refusal(() -> policy.check("inspector01", "INSPECTOR01")).messageKey())
                .isEqualTo("error.password.containsUsername");
    }

    @Test
    void refusesAPasswordThatContainsTheUsernameIgnoringCase() {
        assertThat(refusal(() -> policy.check("chem1", "my-Chem1-plant-2026")).messageKey())
                .isEqualTo("error.password.containsUsername");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThat(refusal(() -> policy.check("admin", "demo2026")).messageKey())
                .isEqualTo("error.password.length");
    }
}
