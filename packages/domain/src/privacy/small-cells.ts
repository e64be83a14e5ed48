/**
 * The small-cell rule (ARCHITECTURE.md "Privacy by design"): a count of fewer than `threshold`
 * households (default 5) is never published outside the project team, not in a cell, not in a
 * total, and not by subtracting published figures from a published total.
 *
 * A table is counts per group (rows) and category (columns) with its row totals, column totals and
 * grand total. Suppression works in three steps:
 * 1. primary: every cell or total of 1 to threshold−1 is suppressed; a whole row or column whose
 *    total is that small is suppressed with it (its zeros would tell what everyone in it said);
 * 2. lines: in each row and column whose total is published, the suppressed cells must add up to
 *    at least the threshold and be more than one, otherwise the smallest published cell is
 *    suppressed as well (or the total, when nothing is left);
 * 3. audit: the published figures are solved as a linear system; any suppressed count that can
 *    still be worked out exactly and is small gets a neighbour suppressed, until none is left.
 */

export const SMALL_CELL_THRESHOLD = 5;

export interface ProtectedTable {
  /** `null` where a count is suppressed. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

/**
 * The grid is the table with its margins: rows 0..R-1 and column C hold the row totals, row R
 * the column totals, (R, C) the grand total. A line is a row or column of the grid together with
 * the total it adds up to.
 */
interface Line {
  members: [number, number][];
  total: [number, number];
}

function linesOf(rowCount: number, columnCount: number): Line[] {
  const lines: Line[] = [];
  for (let r = 0; r <= rowCount; r++)
    lines.push({ members: Array.from({ length: columnCount }, (_, c) => [r, c] as [number, number]), total: [r, columnCount] });
  for (let c = 0; c <= columnCount; c++)
    lines.push({ members: Array.from({ length: rowCount }, (_, r) => [r, c] as [number, number]), total: [rowCount, c] });
  return lines;
}

export function protectCounts(cells: readonly (readonly number[])[], threshold = SMALL_CELL_THRESHOLD): ProtectedTable {
  const rowCount = cells.length;
  const columnCount = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columnCount) throw new Error('every row needs the same number of columns');
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error('counts are whole numbers of 0 or more');
  }
  const grid: number[][] = Array.from({ length: rowCount + 1 }, () => new Array<number>(columnCount + 1).fill(0));
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < columnCount; c++) {
      const v = cells[r]![c]!;
      const row = grid[r]!;
      const margin = grid[rowCount]!;
      row[c] = v;
      row[columnCount]! += v;
      margin[c]! += v;
      margin[columnCount]! += v;
    }
  const hidden: boolean[][] = grid.map((row) => row.map(() => false));
  const lines = linesOf(rowCount, columnCount);
  const value = ([r, c]: [number, number]) => grid[r]![c]!;
  const isHidden = ([r, c]: [number, number]) => hidden[r]![c]!;
  const hide = ([r, c]: [number, number]) => {
    hidden[r]![c] = true;
  };

  // 1. Primary suppression, and whole rows or columns of a small group.
  for (let r = 0; r <= rowCount; r++) for (let c = 0; c <= columnCount; c++) if (isSmall(grid[r]![c]!, threshold)) hidden[r]![c] = true;
  for (const line of lines) if (isSmall(value(line.total), threshold)) for (const m of line.members) hide(m);

  /** Suppress one more count of a line: its smallest published member above zero, else any, else its total. */
  const widen = (line: Line) => {
    const open = line.members.filter((m) => !isHidden(m)).sort((a, b) => value(a) - value(b));
    const next = open.find((m) => value(m) > 0) ?? open[0];
    hide(next ?? line.total);
  };

  for (let changed = true; changed; ) {
    changed = false;
    // 2. Lines: a published total must not give away what its suppressed members add up to.
    for (const line of lines) {
      if (isHidden(line.total)) continue;
      const suppressed = line.members.filter(isHidden);
      if (suppressed.length === 0) continue;
      const sum = suppressed.reduce((s, m) => s + value(m), 0);
      if (suppressed.length === 1 || sum < threshold) {
        widen(line);
        changed = true;
      }
    }
    if (changed) continue;
    // 3. Audit: nothing small may be worked out from all published figures together.
    for (const [r, c] of solvableCounts(grid, hidden, lines)) {
      if (!isSmall(grid[r]![c]!, threshold)) continue;
      const holds = (l: Line) => l.members.some(([mr, mc]) => mr === r && mc === c);
      const line = lines.find((l) => !isHidden(l.total) && holds(l)) ?? lines.find(holds) ?? lines.find((l) => l.total[0] === r && l.total[1] === c)!;
      widen(line);
      changed = true;
      break;
    }
  }

  const shown = (r: number, c: number) => (hidden[r]![c] ? null : grid[r]![c]!);
  return {
    cells: Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => shown(r, c))),
    rowTotals: Array.from({ length: rowCount }, (_, r) => shown(r, columnCount)),
    columnTotals: Array.from({ length: columnCount }, (_, c) => shown(rowCount, c)),
    total: shown(rowCount, columnCount),
  };
}

/**
 * The suppressed counts that the published ones determine exactly: every line says its members
 * add up to its total, so the suppressed counts are the unknowns of a linear system. Gaussian
 * elimination to reduced row-echelon form; an unknown is determined when its pivot row has no
 * other unknown left in it.
 */
function solvableCounts(grid: number[][], hidden: boolean[][], lines: Line[]): [number, number][] {
  const unknowns: [number, number][] = [];
  const indexOf = new Map<string, number>();
  hidden.forEach((row, r) =>
    row.forEach((h, c) => {
      if (h) {
        indexOf.set(`${r},${c}`, unknowns.length);
        unknowns.push([r, c]);
      }
    }),
  );
  if (unknowns.length === 0) return [];
  const rows: number[][] = [];
  for (const line of lines) {
    const equation = new Array<number>(unknowns.length + 1).fill(0);
    let any = false;
    // members − total = 0, with the published values moved to the right-hand side.
    for (const [[r, c], sign] of [...line.members.map((m) => [m, 1] as const), [line.total, -1] as const]) {
      const index = indexOf.get(`${r},${c}`);
      if (index === undefined) equation[unknowns.length]! -= sign * grid[r]![c]!;
      else {
        equation[index]! += sign;
        any = true;
      }
    }
    if (any) rows.push(equation);
  }
  const width = unknowns.length;
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    let best = rank;
    for (let i = rank + 1; i < rows.length; i++) if (Math.abs(rows[i]![col]!) > Math.abs(rows[best]![col]!)) best = i;
    if (Math.abs(rows[best]![col]!) < 1e-9) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]![col]!;
    for (let k = col; k <= width; k++) rows[rank]![k]! /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === rank) continue;
      const factor = rows[i]![col]!;
      if (Math.abs(factor) < 1e-12) continue;
      for (let k = col; k <= width; k++) rows[i]![k]! -= factor * rows[rank]![k]!;
    }
    pivots.push(col);
    rank++;
  }
  const determined: [number, number][] = [];
  pivots.forEach((col, i) => {
    const row = rows[i]!;
    if (row.every((v, k) => k === col || k === width || Math.abs(v) < 1e-9)) determined.push(unknowns[col]!);
  });
  return determined;
}
