package de.lotse.statistics;

import java.util.List;

/**
 * A table of counts after small-number protection: the inner cells, the row and column totals and the grand
 * total, each as a {@link ProtectedCount}.
 */
public record ProtectedTable(List<List<ProtectedCount>> cells, List<ProtectedCount> rowTotals,
                             List<ProtectedCount> columnTotals, ProtectedCount grandTotal) {

    public ProtectedTable {
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    public ProtectedCount cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public ProtectedCount rowTotal(int row) {
        return rowTotals.get(row);
    }

    public ProtectedCount columnTotal(int column) {
        return columnTotals.get(column);
    }

    public int rows() {
        return cells.size();
    }

    public int columns() {
        return columnTotals.size();
    }
}
