package de.lotse.web.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputNormalisationTest {

    @Test
    void composesCombiningCharactersSoEqualNamesCompareEqual() {
        String decomposed = "Mu\u0308ller";
        assertThat(InputNormalisation.normalise("familyName", decomposed)).isEqualTo("Müller");
    }

    @Test
    void trimsAllKindsOfSpaceAroundTheText() {
        assertThat(InputNormalisation.normalise("name", "\u00a0 Oleksandr\t\n")).isEqualTo("Oleksandr");
    }

    @Test
    void dropsControlCharactersThatTheDatabaseWouldRefuse() {
        assertThat(InputNormalisation.normalise("name", "Al\u0000-Hassan\u0007")).isEqualTo("Al-Hassan");
        assertThat(InputNormalisation.normalise("notes", "Zeile 1\nZeile 2")).isEqualTo("Zeile 1\nZeile 2");
    }

    @Test
    void keepsSpacesOfPasswords() {
        assertThat(InputNormalisation.normalise("password", " ein langer Satz ")).isEqualTo(" ein langer Satz ");
        assertThat(InputNormalisation.normalise("newPassword", "a\u0308 ")).isEqualTo("ä ");
    }

    @Test
    void keepsOriginalScripts() {
        assertThat(InputNormalisation.normalise("name", "محمد الحسن")).isEqualTo("محمد الحسن");
        assertThat(InputNormalisation.normalise("name", "Олександр")).isEqualTo("Олександр");
    }
}
