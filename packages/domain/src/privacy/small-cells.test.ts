import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { div, isZero, mul, norm, sub, type Fraction } from './figure-attacker.js';
import { protectCounts, type ProtectedTable } from './small-cells.js';

/**
 * What someone holding the published table can work out: for every row and column with a published
 * total, what its hidden counts add up to; and every hidden count the published figures determine
 * exactly (exact Gaussian elimination over all the table's sums at once).
 */
function attack(table: ProtectedTable) {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  const grid: (number | null)[][] = [...table.cells.map((row, r) => [...row, table.rowTotals[r]!]), [...table.columnTotals, table.total]];
  const lines: { members: [number, number][]; total: [number, number] }[] = [];
  for (let r = 0; r <= rows; r++) lines.push({ members: Array.from({ length: columns }, (_, c) => [r, c]), total: [r, columns] });
  for (let c = 0; c <= columns; c++) lines.push({ members: Array.from({ length: rows }, (_, r) => [r, c]), total: [rows, c] });

  const differences: number[] = [];
  for (const line of lines) {
    const total = grid[line.total[0]]![line.total[1]]!;
    if (total === null) continue;
    const hidden = line.members.filter(([r, c]) => grid[r]![c] === null);
    if (hidden.length) differences.push(total - line.members.reduce((s, [r, c]) => s + (grid[r]![c] ?? 0), 0));
  }

  const unknowns: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((v, c) => v === null && unknowns.push([r, c])));
  const index = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  const system: Fraction[][] = lines.map((line) => {
    const eq: Fraction[] = Array.from({ length: unknowns.length + 1 }, () => [0n, 1n] as Fraction);
    for (const [[r, c], sign] of [...line.members.map((m) => [m, 1n] as const), [line.total, -1n] as const]) {
      const i = index.get(`${r},${c}`);
      if (i === undefined) eq[unknowns.length] = sub(eq[unknowns.length]!, [sign * BigInt(grid[r]![c]!), 1n]);
      else eq[i] = norm([eq[i]![0] + sign * eq[i]![1], eq[i]![1]]);
    }
    return eq;
  });
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < unknowns.length; col++) {
    const p = system.findIndex((eq, i) => i >= rank && !isZero(eq[col]!));
    if (p < 0) continue;
    [system[rank], system[p]] = [system[p]!, system[rank]!];
    const pivot = system[rank]![col]!;
    system[rank] = system[rank]!.map((v) => div(v, pivot));
    for (let i = 0; i < system.length; i++)
      if (i !== rank && !isZero(system[i]![col]!)) {
        const f = system[i]![col]!;
        system[i] = system[i]!.map((v, k) => sub(v, mul(f, system[rank]![k]!)));
      }
    pivots.push(col);
    rank++;
  }
  const solved: number[] = [];
  pivots.forEach((col, i) => {
    const eq = system[i]!;
    if (eq.every((v, k) => k === col || k === unknowns.length || isZero(v))) solved.push(Number(eq[unknowns.length]![0]) / Number(eq[unknowns.length]![1]));
  });
  return { differences, solved };
}

const publishedValues = (t: ProtectedTable) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter((v): v is number => v !== null);

// Counts as surveys give them: many small ones, some zeros, a few large.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) });
const table = fc
  .integer({ min: 1, max: 6 })
  .chain((columns) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }));

describe('the small-cell rule', () => {
  it('publishes no count from 1 to threshold−1, and lets none be worked out from rows, columns and totals', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(3, 5, 10), (cells, threshold) => {
        const published = protectCounts(cells, threshold);
        const small = (v: number) => v > 0 && v < threshold;
        expect(publishedValues(published).filter(small)).toEqual([]);
        const { differences, solved } = attack(published);
        expect(differences.filter(small)).toEqual([]);
        expect(solved.filter(small)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('never changes a published count', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const published = protectCounts(cells);
        published.cells.forEach((row, r) => row.forEach((v, c) => v === null || expect(v).toBe(cells[r]![c])));
        published.rowTotals.forEach((v, r) => v === null || expect(v).toBe(cells[r]!.reduce((a, b) => a + b, 0)));
        const total = cells.flat().reduce((a, b) => a + b, 0);
        if (published.total !== null) expect(published.total).toBe(total);
      }),
    );
  });

  it('suppresses nothing when every count is zero or at least the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 99 })), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const published = protectCounts(cells);
          const rowsOk = cells.every((row) => {
            const sum = row.reduce((a, b) => a + b, 0);
            return sum === 0 || sum >= 5;
          });
          if (rowsOk) expect(published.cells).toEqual(cells);
        },
      ),
    );
  });

  it('hides a small answer and the next smallest, so the total does not give it away', () => {
    // One question, one group: 12 said yes, 3 no, 20 do not know.
    expect(protectCounts([[12, 3, 20]])).toEqual({ cells: [[null, null, 20]], rowTotals: [35], columnTotals: [null, null, 20], total: 35 });
  });

  it('hides a whole group smaller than the threshold, zeros included', () => {
    const published = protectCounts([
      [10, 8, 0],
      [3, 0, 0],
      [7, 9, 6],
    ]);
    expect(published.cells[1]).toEqual([null, null, null]);
    expect(published.rowTotals[1]).toBeNull();
    // Its row total cannot come back from the grand total and the other rows either.
    expect(published.rowTotals.filter((v) => v === null).length).toBeGreaterThan(1);
  });
});
