import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectFigures, type FigureSet, type PublishedFigures } from './protected-figures.js';
import { reader, smallChangesFound } from './figure-attacker.js';

/** A table of counts with its margins as a figure set: what a question's answers per group look like. */
function tableFigures(cells: readonly (readonly number[])[]): FigureSet {
  const rows = cells.length;
  const columns = cells[0]!.length;
  const key = (r: number, c: number) => `${r},${c}`;
  const values: Record<string, number> = {};
  for (let r = 0; r <= rows; r++) for (let c = 0; c <= columns; c++) values[key(r, c)] = 0;
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      values[key(r, c)] = v;
      values[key(r, columns)]! += v;
      values[key(rows, c)]! += v;
      values[key(rows, columns)]! += v;
    }),
  );
  return {
    values,
    relations: [
      ...Array.from({ length: rows + 1 }, (_, r) => ({ members: Array.from({ length: columns }, (_, c) => key(r, c)), total: key(r, columns) })),
      ...Array.from({ length: columns + 1 }, (_, c) => ({ members: Array.from({ length: rows }, (_, r) => key(r, c)), total: key(rows, c) })),
    ],
  };
}

/** Publishes the versions one after another, each protected against all before it. */
function publishAll(versions: readonly FigureSet[], threshold: number) {
  const published: (PublishedFigures & { shown: Record<string, number | null> })[] = [];
  for (const figures of versions) published.push(protectFigures(figures, { threshold, earlier: published }));
  return published;
}

// A first version like a survey's answers, then later versions with a few or many households added or taken away.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) });
const versions = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, columns]) =>
    fc.tuple(
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      fc.array(fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(columns - 1), fc.integer({ min: -2, max: 4 })), { minLength: 1, maxLength: 8 }), {
        minLength: 1,
        maxLength: 3,
      }),
    ),
  )
  .map(([first, changes]) => {
    const tables = [first];
    for (const change of changes) {
      const next = tables.at(-1)!.map((row) => [...row]);
      for (const [r, c, delta] of change) next[r]![c] = Math.max(0, next[r]![c]! + delta);
      tables.push(next);
    }
    return tables;
  });

describe('the small-cell rule over published versions', () => {
  it('lets no change of 1 to threshold−1 be worked out between any two versions, nor a small count within one', () => {
    fc.assert(
      fc.property(versions, fc.constantFrom(3, 5), (tables, threshold) => {
        const published = publishAll(tables.map(tableFigures), threshold);
        for (const version of published) {
          const read = reader(version.shown, version.relations);
          for (const key of Object.keys(version.values)) {
            const v = read([key]);
            if (v !== undefined) expect(v > 0 && v < threshold, `${key} = ${v} can be worked out`).toBe(false);
          }
        }
        for (let j = 1; j < published.length; j++) for (let i = 0; i < j; i++) expect(smallChangesFound(published[i]!, published[j]!, threshold)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('never changes a figure it shows, and a version re-protected later only hides more', () => {
    fc.assert(
      fc.property(versions, (tables) => {
        const sets = tables.map(tableFigures);
        const published = publishAll(sets, 5);
        published.forEach((p, i) => Object.entries(p.shown).forEach(([k, v]) => v === null || expect(v).toBe(sets[i]!.values[k])));
        const last = published.at(-1)!;
        const again = protectFigures(sets.at(-1)!, { earlier: published.slice(0, -1), alsoHidden: last.hidden });
        for (const key of last.hidden) expect(again.shown[key]).toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('hides what three new households changed, and shows what did not change', () => {
    // 40 households answered; a question's answers 8 / 20 / 12. Three more register, all answering the first option.
    const figures = (first: number, second: number, third: number): FigureSet => ({
      values: { households: first + second + third, a: first, b: second, c: third, theme: 0, 'theme:not': first + second + third },
      relations: [
        { members: ['a', 'b', 'c'], total: 'households' },
        { members: ['theme', 'theme:not'], total: 'households' },
      ],
      zeroIsSmall: ['theme'],
    });
    const [v1, v2] = publishAll([figures(8, 20, 12), figures(11, 20, 12)], 5);
    expect(v1!.shown).toMatchObject({ households: 40, a: 8, b: 20, c: 12, theme: null });
    expect(v2!.shown.a).toBeNull();
    expect(v2!.shown.households).toBeNull();
    expect(smallChangesFound(v1!, v2!, 5)).toEqual([]);
    // Ten more: the changes are large enough to show again.
    const [, , v3] = publishAll([figures(8, 20, 12), figures(11, 20, 12), figures(14, 25, 17)], 5);
    expect(v3!.shown).toMatchObject({ households: 56, a: 14, b: 25, c: 17 });
  });

  it('hides a theme no one raised, so "0 households" and "fewer than 5" read the same', () => {
    const { shown } = protectFigures({
      values: { theme: 0, rest: 30, all: 30 },
      relations: [{ members: ['theme', 'rest'], total: 'all' }],
      zeroIsSmall: ['theme'],
    });
    expect(shown.theme).toBeNull();
    expect(shown.all).toBe(30);
  });
});
