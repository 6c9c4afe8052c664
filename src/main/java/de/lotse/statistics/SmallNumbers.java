package de.lotse.statistics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small-number protection for every count that is derived from case data and shown to coordinators, steering
 * members or in exports: a count between 1 and {@code threshold - 1} could point to a person in a small Kommune,
 * so it is shown as "&lt;threshold" ("&lt;3" by default). Zero stays 0: it tells nothing about anybody.
 *
 * <p>Tables are protected with <b>primary and secondary cell suppression</b>, the method the statistical offices
 * use for frequency tables with margins:
 * <ol>
 *   <li><b>Primary:</b> every count, inner cell or total, between 1 and threshold - 1 is withheld ("&lt;3").</li>
 *   <li><b>Secondary:</b> the table is read as a set of sums: each row with its row total, each column with its
 *       column total, the row of column totals and the column of row totals, both with the grand total. A sum in
 *       which exactly one count is withheld would give that count away by subtraction. So, in each such sum, the
 *       smallest other count that is not zero is withheld too (shown as "x"); inner cells are preferred to the
 *       sum's total, ties go to the first in reading order. This repeats until no sum has exactly one withheld
 *       count, because each new withholding may open another sum. It ends because counts are only ever added to
 *       the withheld ones.</li>
 * </ol>
 * Zeros are never withheld: a zero is no disclosure, and withholding it would not protect anything, since a
 * reader could not tell it from the sum. What remains possible is an interval (a count "&lt;3" next to an "x"
 * in a row of known total), never an exact small value; this is the accepted residual of the method.
 *
 * <p>The threshold is the setting {@code lotse.statistics.small-number-threshold} (default 3); 1 switches the
 * protection off.
 */
@Component
public class SmallNumbers {

    public static final int DEFAULT_THRESHOLD = 3;

    private final int threshold;

    public SmallNumbers(@Value("${lotse.statistics.small-number-threshold:" + DEFAULT_THRESHOLD + "}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("lotse.statistics.small-number-threshold must be at least 1, is " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count would be withheld on its own (primary suppression). */
    public boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    /** A single count that stands alone (no totals beside it). */
    public ProtectedCount single(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return isSmall(count) ? small() : shown(count);
    }

    /**
     * Protects a table of counts (rows × columns, all rows of equal length). The totals are computed here from
     * the cells, so they always add up to what is protected.
     */
    public ProtectedTable protect(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        // The grid carries the totals as its last row and column: the same rules then apply to every sum.
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                long value = counts[r][c];
                if (value < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: " + value);
                }
                grid[r][c] = value;
                grid[r][columns] += value;
                grid[rows][c] += value;
                grid[rows][columns] += value;
            }
        }
        ProtectedCount.Suppression[][] marks = new ProtectedCount.Suppression[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                marks[r][c] = isSmall(grid[r][c]) ? ProtectedCount.Suppression.SMALL : ProtectedCount.Suppression.NONE;
            }
        }
        if (rows > 0 && columns > 0) {
            suppressSecondary(grid, marks, rows, columns);
        }
        return toTable(grid, marks, rows, columns);
    }

    private static void suppressSecondary(long[][] grid, ProtectedCount.Suppression[][] marks, int rows, int columns) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                List<int[]> sum = new ArrayList<>();
                for (int c = 0; c <= columns; c++) {
                    sum.add(new int[] {r, c});
                }
                changed |= protectSum(grid, marks, sum);
            }
            for (int c = 0; c <= columns; c++) {
                List<int[]> sum = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                    sum.add(new int[] {r, c});
                }
                changed |= protectSum(grid, marks, sum);
            }
        }
    }

    /** One sum: its parts first, its total last. Withholds one more count if exactly one is withheld. */
    private static boolean protectSum(long[][] grid, ProtectedCount.Suppression[][] marks, List<int[]> sum) {
        long withheld = sum.stream().filter(p -> marks[p[0]][p[1]] != ProtectedCount.Suppression.NONE).count();
        if (withheld != 1) {
            return false;
        }
        int[] best = null;
        // Parts before the total: a withheld total hides less from the reader than a withheld part.
        for (int i = 0; i < sum.size(); i++) {
            int[] p = sum.get(i);
            boolean isTotal = i == sum.size() - 1;
            if (marks[p[0]][p[1]] != ProtectedCount.Suppression.NONE || grid[p[0]][p[1]] == 0) {
                continue;
            }
            if (isTotal && best != null) {
                break;
            }
            if (best == null || grid[p[0]][p[1]] < grid[best[0]][best[1]]) {
                best = p;
            }
        }
        if (best == null) {
            return false;
        }
        marks[best[0]][best[1]] = ProtectedCount.Suppression.SECONDARY;
        return true;
    }

    private ProtectedTable toTable(long[][] grid, ProtectedCount.Suppression[][] marks, int rows, int columns) {
        List<List<ProtectedCount>> cells = new ArrayList<>();
        List<ProtectedCount> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<ProtectedCount> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(count(grid[r][c], marks[r][c]));
            }
            cells.add(row);
            rowTotals.add(count(grid[r][columns], marks[r][columns]));
        }
        List<ProtectedCount> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(count(grid[rows][c], marks[rows][c]));
        }
        return new ProtectedTable(cells, rowTotals, columnTotals, count(grid[rows][columns], marks[rows][columns]));
    }

    private ProtectedCount count(long value, ProtectedCount.Suppression mark) {
        return switch (mark) {
            case NONE -> shown(value);
            case SMALL -> small();
            case SECONDARY -> new ProtectedCount(null, ProtectedCount.Suppression.SECONDARY, "x");
        };
    }

    private ProtectedCount small() {
        return new ProtectedCount(null, ProtectedCount.Suppression.SMALL, "<" + threshold);
    }

    private static ProtectedCount shown(long value) {
        return new ProtectedCount(Math.toIntExact(value), ProtectedCount.Suppression.NONE, Long.toString(value));
    }
}
