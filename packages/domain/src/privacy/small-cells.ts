import { protectFigures, SMALL_CELL_THRESHOLD } from './protected-figures.js';

/**
 * The small-cell rule for a table (ARCHITECTURE.md "Privacy by design"): a count of fewer than
 * `threshold` households (default 5) is never published outside the project team, not in a cell,
 * not in a total, and not by subtracting published figures from a published total.
 *
 * A table is counts per group (rows) and category (columns) with its row totals, column totals and
 * grand total: the figures of `protectFigures`, with every row and column as a relation.
 */
export { SMALL_CELL_THRESHOLD };

export interface ProtectedTable {
  /** `null` where a count is suppressed. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

export function protectCounts(cells: readonly (readonly number[])[], threshold = SMALL_CELL_THRESHOLD): ProtectedTable {
  const rowCount = cells.length;
  const columnCount = cells[0]?.length ?? 0;
  for (const row of cells) if (row.length !== columnCount) throw new Error('every row needs the same number of columns');
  // The grid is the table with its margins: column C holds the row totals, row R the column totals.
  const key = (r: number, c: number) => `${r},${c}`;
  const values: Record<string, number> = {};
  for (let r = 0; r <= rowCount; r++) for (let c = 0; c <= columnCount; c++) values[key(r, c)] = 0;
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < columnCount; c++) {
      const v = cells[r]![c]!;
      if (!Number.isInteger(v) || v < 0) throw new Error('counts are whole numbers of 0 or more');
      values[key(r, c)] = v;
      values[key(r, columnCount)]! += v;
      values[key(rowCount, c)]! += v;
      values[key(rowCount, columnCount)]! += v;
    }
  const relations = [
    ...Array.from({ length: rowCount + 1 }, (_, r) => ({ members: Array.from({ length: columnCount }, (_, c) => key(r, c)), total: key(r, columnCount) })),
    ...Array.from({ length: columnCount + 1 }, (_, c) => ({ members: Array.from({ length: rowCount }, (_, r) => key(r, c)), total: key(rowCount, c) })),
  ];
  const { shown } = protectFigures({ values, relations }, { threshold });
  const at = (r: number, c: number) => shown[key(r, c)]!;
  return {
    cells: Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => at(r, c))),
    rowTotals: Array.from({ length: rowCount }, (_, r) => at(r, columnCount)),
    columnTotals: Array.from({ length: columnCount }, (_, c) => at(rowCount, c)),
    total: at(rowCount, columnCount),
  };
}
