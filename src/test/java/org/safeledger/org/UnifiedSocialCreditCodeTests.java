package org.safeledger.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeledger.org.UnifiedSocialCreditCode.Problem;

class UnifiedSocialCreditCodeTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y43", // the example of the GB 32100-2015 literature
                "914403001922038216", // published codes of large listed companies
                "91440300708461136T",
                "91110000600037341L"
            })
    void acceptsPublishedValidCodes(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y44, CHECK", // last character changed
        "91350100M000100Y4, LENGTH",
        "91350100M000100Y431, LENGTH",
        "'', LENGTH",
        "91350100M000100I43, CHARSET", // I is not used
        "91350100M000100O43, CHARSET", // nor O
        "91350100M000100Z43, CHARSET", // nor Z, S, V
        "91350100m000100Y43, CHARSET", // lower case is not a valid character
        "91350100M000100Y-3, CHARSET",
        "91350100M000100X43, ORGANISATION_CHECK" // GB 11714 check character of the embedded organisation code
    })
    void namesWhatIsWrongWithAnInvalidCode(String code, Problem expected) {
        assertThat(UnifiedSocialCreditCode.problem(code)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9115292100000000", "91440825MA4X0007", "12150000ABCDEFGH"})
    void completesAStemIntoAValidCode(String stem) {
        var code = UnifiedSocialCreditCode.complete(stem);

        assertThat(code).hasSize(18).startsWith(stem);
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"M000100Y, 4", "19220382, 1", "70846113, 6", "60003734, 1"})
    void computesTheGb11714CheckCharacterOfTheOrganisationCode(String body, char check) {
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter(body)).isEqualTo(check);
    }
}
