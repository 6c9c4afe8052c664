package de.lotse.residence.precheck.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The ways a case manager writes the legal basis of a residence permit. */
class PermitBasisTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "104c|104|c|",
        "104C|104|c|",
        "25a|25|a|",
        "§ 25a AufenthG|25|a|",
        "25 Abs. 3|25||3",
        "§ 25 Absatz 5|25||5",
        "25(3)|25||3",
        "25 Abs 4 AufenthG|25||4",
        "18g|18|g|",
        "24|24||"
    })
    void reads(String text, int section, String letter, Integer paragraph) {
        assertThat(PermitBasis.parse(text))
                .isEqualTo(new PermitBasis(section, letter == null ? "" : letter, paragraph));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Paragraf 25", "25 Abs.", "25 Abs. 3 und 4", "1234", "25ab", "25(3"})
    void rejects(String text) {
        assertThat(PermitBasis.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"104c, true", "104, false", "25a, false"})
    void recognisesTheChancenAufenthaltsrecht(String text, boolean is104c) {
        assertThat(PermitBasis.parse(text).is104c()).isEqualTo(is104c);
    }
}
