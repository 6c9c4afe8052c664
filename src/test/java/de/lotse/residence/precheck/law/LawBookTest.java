package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored statute versions: their dates as the law files give them, and the citations every result shows. */
class LawBookTest {

    private static List<String> versionIds(LegalBasis basis) {
        return LawBook.standard().statute(basis).versions().stream().map(StatuteVersion::id).toList();
    }

    @Test
    void versionsAreTheOnesOfTheLawFiles() {
        assertThat(versionIds(LegalBasis.AUFENTHG_25A)).containsExactly("AUFENTHG_25A@before-2020-03-01",
                "AUFENTHG_25A@2020-03-01", "AUFENTHG_25A@2022-12-31", "AUFENTHG_25A@2027-07-01");
        assertThat(versionIds(LegalBasis.AUFENTHG_25B)).containsExactly("AUFENTHG_25B@before-2020-03-01",
                "AUFENTHG_25B@2020-03-01", "AUFENTHG_25B@2022-12-31", "AUFENTHG_25B@2027-07-01");
        assertThat(versionIds(LegalBasis.AUFENTHG_104C)).containsExactly("AUFENTHG_104C@before-2022-12-31",
                "AUFENTHG_104C@2022-12-31", "AUFENTHG_104C@2025-12-31");
        assertThat(versionIds(LegalBasis.STAG_10)).containsExactly("STAG_10@before-2021-08-20",
                "STAG_10@2021-08-20", "STAG_10@2022-12-31", "STAG_10@2024-06-01", "STAG_10@2024-06-27",
                "STAG_10@2025-10-30");
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void eachDayHasExactlyTheVersionWhoseIntervalContainsIt(LegalBasis basis) {
        Statute statute = LawBook.standard().statute(basis);
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1));
             day = day.plusDays(1)) {
            StatuteVersion version = statute.versionOn(day);
            assertThat(version.inForceOn(day)).as("%s on %s", version.id(), day).isTrue();
        }
    }

    @Test
    void switchDaysAreTheDaysTheAmendmentsTookEffect() {
        Statute stag = LawBook.standard().statute(LegalBasis.STAG_10);
        assertThat(stag.versionOn(LocalDate.of(2024, 6, 26)).id()).isEqualTo("STAG_10@2024-06-01");
        assertThat(stag.versionOn(LocalDate.of(2024, 6, 27)).id()).isEqualTo("STAG_10@2024-06-27");
        assertThat(stag.versionOn(LocalDate.of(2025, 10, 29)).id()).isEqualTo("STAG_10@2024-06-27");
        assertThat(stag.versionOn(LocalDate.of(2025, 10, 30)).id()).isEqualTo("STAG_10@2025-10-30");
        Statute chance = LawBook.standard().statute(LegalBasis.AUFENTHG_104C);
        assertThat(chance.versionOn(LocalDate.of(2025, 12, 30)).id()).isEqualTo("AUFENTHG_104C@2022-12-31");
        assertThat(chance.versionOn(LocalDate.of(2025, 12, 31)).id()).isEqualTo("AUFENTHG_104C@2025-12-31");
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void everyConditionHasAUniqueIdAndACitationOfItsStatute(LegalBasis basis) {
        String statuteName = basis.citation().substring(basis.citation().lastIndexOf(' ') + 1);
        for (StatuteVersion version : LawBook.standard().statute(basis).versions()) {
            Set<String> ids = new HashSet<>();
            assertThat(version.conditions()).isNotEmpty();
            for (Condition condition : version.conditions()) {
                assertThat(ids.add(condition.id())).as("duplicate id %s in %s", condition.id(), version.id())
                        .isTrue();
                assertThat(condition.citation()).as("citation of %s", condition.id())
                        .startsWith("§ ").endsWith(statuteName);
            }
        }
    }

    @Test
    void aGapBetweenVersionsIsRejected() {
        StatuteVersion first = LawBook.standard().statute(LegalBasis.STAG_10).versions().get(1);
        StatuteVersion third = LawBook.standard().statute(LegalBasis.STAG_10).versions().get(3);
        assertThatThrownBy(() -> Statute.of(LegalBasis.STAG_10, "–", List.of(first, third)))
                .hasMessageContaining("without gap or overlap");
    }
}
