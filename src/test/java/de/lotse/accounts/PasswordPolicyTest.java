package de.lotse.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void knowsTheTenThousandMostCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isBetween(9_900, 10_000);
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.check("Kurz-und-gu", "jana")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("Kurz-und-gut", "jana")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesSoOtherScriptsAreNotPenalised() {
        // 12 Arabic letters are 24 bytes in UTF-8 but 12 characters.
        assertThat(policy.check("كلمةمرورطويل", "jana")).isEmpty();
        // An umlaut typed as a + combining diaeresis counts as one character after NFC.
        assertThat(policy.check("Fa\u0308hrmann-Tee", "jana")).isEmpty();
    }

    @Test
    void allowsLongPassphrasesUpTo128Characters() {
        assertThat(policy.check("wort ".repeat(25) + "end", "jana")).isEmpty();
        assertThat(policy.check("x".repeat(129), "jana")).contains(PasswordProblem.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.check("qwerty123456", "jana")).containsExactly(PasswordProblem.TOO_COMMON);
        assertThat(policy.check("QAZWSXEDCRFV", "jana")).containsExactly(PasswordProblem.TOO_COMMON);
        // Common, but only around rank 30,000: outside the list the rules ask for.
        assertThat(policy.check("password1234", "jana")).isEmpty();
    }

    @Test
    void setsNoCompositionRules() {
        assertThat(policy.check("nur kleine buchstaben hier", "jana")).isEmpty();
    }

    @Test
    void refusesThePasswordThatContainsTheUserName() {
        assertThat(policy.check("fallmanagement2026", "fallmanagement")).containsExactly(PasswordProblem.CONTAINS_USERNAME);
    }
}
