package de.lotse.casework.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @ParameterizedTest(name = "{0} and {1} sound alike")
    @CsvSource({
            "Mohammed, Muhammad", "Mohammed, Mohamad", "Al-Hassan, Alhasan", "Oleksandr, Aleksandr",
            "Oleksandr, Alexander", "Strauß, Strauss", "Müller, Mueller", "Олександр, Oleksandr",
            "Schmidt, Schmitt", "Yusuf, Jusuf", "Fatima, Fatma"})
    void spellingsOfTheSameNameShareACode(String one, String other) {
        Set<String> shared = new HashSet<>(NameKeys.codes(one));
        shared.retainAll(NameKeys.codes(other));
        assertThat(shared).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} and {1} do not")
    @CsvSource({"Ahmad, Schmidt", "Mohammed, Mehmet", "Kowalczyk, Berger", "Al-Tamimi, Al-Hassan", "van Dijk, van Basten"})
    void differentNamesDoNot(String one, String other) {
        Set<String> shared = new HashSet<>(NameKeys.codes(one));
        shared.retainAll(NameKeys.codes(other));
        assertThat(shared).isEmpty();
    }

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({"Al-Hassan, alhassan", "Strauß, strauss", "Çelik, celik", "Nguyễn, nguyen", "Олександр, oleksandr", "O'Brien, obrien"})
    void foldsToLatinLettersForTrigramSearch(String name, String folded) {
        assertThat(NameKeys.folded(name)).isEqualTo(folded);
    }

    @org.junit.jupiter.api.Test
    void codesCoverEachPartOfAName() {
        List<String> codes = NameKeys.codes("Al-Hassan");
        assertThat(codes).containsAll(NameKeys.codes("Hassan"));
    }
}
