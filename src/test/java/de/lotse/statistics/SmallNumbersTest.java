package de.lotse.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallNumbersTest {

    private final SmallNumbers three = new SmallNumbers(3);

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"0, 0", "1, <3", "2, <3", "3, 3", "17, 17"})
    void aSingleCountIsWithheldBetweenOneAndTwo(long count, String display) {
        assertThat(three.single(count).display()).isEqualTo(display);
        assertThat(three.single(count).withheld()).isEqualTo(count == 1 || count == 2);
    }

    @Test
    void aWithheldCountDoesNotCarryItsValue() {
        assertThat(three.single(2).shown()).isNull();
        assertThat(three.single(2).suppression()).isEqualTo(ProtectedCount.Suppression.SMALL);
        assertThat(three.single(4).shown()).isEqualTo(4);
    }

    @Test
    void theThresholdIsASetting() {
        SmallNumbers five = new SmallNumbers(5);
        assertThat(five.single(4).display()).isEqualTo("<5");
        assertThat(five.single(5).display()).isEqualTo("5");
        SmallNumbers off = new SmallNumbers(1);
        assertThat(off.single(1).display()).isEqualTo("1");
        assertThatThrownBy(() -> new SmallNumbers(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableWithoutSmallCountsIsShownAsItIs() {
        ProtectedTable table = three.protect(new long[][] {{5, 7}, {0, 9}});
        assertThat(displays(table)).containsExactly(
                List.of("5", "7", "12"),
                List.of("0", "9", "9"),
                List.of("5", "16", "21"));
    }

    @Test
    void zeroStaysZeroAndIsNeverWithheldToProtectAnother() {
        ProtectedTable table = three.protect(new long[][] {{0, 0, 1, 8}});
        // The 1 is small; the next smallest count that is not zero is the 8, not a zero.
        assertThat(displays(table).get(0)).containsExactly("0", "0", "<3", "x", "9");
    }

    @Test
    void aRowWithOneSmallCountLosesItsNextSmallestCountToo() {
        ProtectedTable table = three.protect(new long[][] {{10, 1, 6, 4}, {10, 10, 10, 10}});
        List<List<String>> d = displays(table);
        assertThat(d.get(0)).containsExactly("10", "<3", "6", "x", "21");
        // Each column with a withheld count gets a second one, so neither can be recomputed from its column total.
        assertThat(d.get(1)).containsExactly("10", "x", "10", "x", "40");
        assertThat(d.get(2)).containsExactly("20", "11", "16", "14", "61");
        assertNothingCanBeRecomputed(table);
    }

    @Test
    void aSmallTotalIsWithheldAndProtectedLikeAnyCount() {
        ProtectedTable table = three.protect(new long[][] {{1, 0}, {5, 6}});
        List<List<String>> d = displays(table);
        assertThat(d.get(0)).containsExactly("<3", "0", "<3");
        assertThat(d.get(1).get(0)).isEqualTo("x");
        assertNothingCanBeRecomputed(table);
    }

    @Test
    void aCountWithheldOnlyForProtectionIsCoveredInItsColumnAsWell() {
        ProtectedTable table = three.protect(new long[][] {{2, 3}, {4, 9}});
        assertNothingCanBeRecomputed(table);
        assertThat(table.cell(0, 0).display()).isEqualTo("<3");
    }

    @Test
    void whenOnlyTheTotalIsLeftTheTotalIsWithheld() {
        // Row 0: the 2 is small; its only partner that is not zero is the row total.
        ProtectedTable table = three.protect(new long[][] {{2, 0}, {0, 5}});
        assertNothingCanBeRecomputed(table);
        assertThat(table.rowTotal(0).withheld()).isTrue();
    }

    @Test
    void emptyTablesAndTablesOfZerosAreFine() {
        assertThat(three.protect(new long[0][0]).grandTotal().display()).isEqualTo("0");
        ProtectedTable zeros = three.protect(new long[][] {{0, 0}, {0, 0}});
        assertThat(displays(zeros)).allSatisfy(row -> assertThat(row).containsOnly("0"));
    }

    @Test
    void negativeCountsAndRaggedTablesAreRefused() {
        assertThatThrownBy(() -> three.protect(new long[][] {{1, -1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.protect(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.single(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRandomTableLeavesASumWithExactlyOneWithheldCount() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(8);
                }
            }
            ProtectedTable table = new SmallNumbers(1 + random.nextInt(5)).protect(counts);
            assertNothingCanBeRecomputed(table);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    ProtectedCount cell = table.cell(r, c);
                    if (!cell.withheld()) {
                        assertThat(cell.shown()).isEqualTo((int) counts[r][c]);
                    }
                }
            }
        }
    }

    /** Every sum of the table (rows and columns with their totals) has none or at least two withheld counts. */
    private static void assertNothingCanBeRecomputed(ProtectedTable table) {
        List<List<ProtectedCount>> grid = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<ProtectedCount> row = new ArrayList<>(table.cells().get(r));
            row.add(table.rowTotal(r));
            grid.add(row);
        }
        List<ProtectedCount> totals = new ArrayList<>(table.columnTotals());
        totals.add(table.grandTotal());
        grid.add(totals);
        for (List<ProtectedCount> row : grid) {
            assertThat(row.stream().filter(ProtectedCount::withheld).count()).as("row %s", row).isNotEqualTo(1);
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            List<ProtectedCount> cells = grid.stream().map(row -> row.get(column)).toList();
            assertThat(cells.stream().filter(ProtectedCount::withheld).count()).as("column %s", cells).isNotEqualTo(1);
        }
    }

    private static List<List<String>> displays(ProtectedTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<String> row = new ArrayList<>(table.cells().get(r).stream().map(ProtectedCount::display).toList());
            row.add(table.rowTotal(r).display());
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(table.columnTotals().stream().map(ProtectedCount::display).toList());
        totals.add(table.grandTotal().display());
        rows.add(totals);
        return rows;
    }
}
