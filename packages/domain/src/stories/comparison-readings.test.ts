import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallChangesFound, type Attacked } from '../privacy/figure-attacker.js';
import type { PublishedFigures } from '../privacy/protected-figures.js';
import {
  comparisonFigureKeys as k,
  protectStoryComparison,
  selectionGroupKinds,
  storyComparisonFigures,
  storyTellerKinds,
  type ComparisonRound,
  type ComparisonStory,
  type StoryComparison,
} from './stories.js';

const themes = [
  { id: '00000000-0000-4000-8000-00000000000a', name: 'Groen' },
  { id: '00000000-0000-4000-8000-00000000000b', name: 'Veiligheid' },
];

/** What a reader outside the social team holds after one reading: the answer, by the figure keys. */
function attacked(stories: readonly ComparisonStory[], rounds: readonly ComparisonRound[], answer: StoryComparison): Attacked {
  const set = storyComparisonFigures(
    stories,
    rounds,
    themes.map((t) => t.id),
  );
  const shown: Record<string, number | null> = {};
  for (const row of answer.byTheme) {
    answer.tellerKinds.forEach((kind, c) => (shown[k.theme(row.themeId, kind)] = row.counts[c]!));
    shown[k.theme(row.themeId, 'total')] = row.total;
  }
  answer.tellerKinds.forEach((kind, c) => (shown[k.told(kind)] = answer.told.counts[c]!));
  shown[k.told('total')] = answer.told.total;
  for (const row of answer.selected.rows) {
    answer.tellerKinds.forEach((kind, c) => (shown[k.selected(row.groupKind, kind)] = row.counts[c]!));
    shown[k.selected(row.groupKind, 'total')] = row.total;
  }
  answer.tellerKinds.forEach((kind, c) => (shown[k.selectedColumn(kind)] = answer.selected.columnTotals[c]!));
  shown[k.selectedColumn('total')] = answer.selected.total;
  // The answer names every figure of the set, and no other.
  expect(Object.keys(shown).sort()).toEqual(Object.keys(set.values).sort());
  return { values: set.values, relations: set.relations, shown };
}

/** Two readings outside the social team, the second after one story was added, as the server records and protects them. */
function readTwice(before: readonly ComparisonStory[], added: ComparisonStory, rounds: readonly ComparisonRound[], { recorded = true } = {}) {
  const earlier: PublishedFigures[] = [];
  const first = protectStoryComparison(before, rounds, false, themes, { earlier });
  if (first.changed && first.reading) earlier.push(first.reading);
  const after = [...before, added];
  const second = protectStoryComparison(after, rounds, false, themes, { earlier: recorded ? earlier : [] });
  const a = attacked(before, rounds, first.comparison);
  const b = attacked(after, rounds, second.comparison);
  // A row the first reading did not have was 0 there, and the reader knows it.
  for (const key of Object.keys(b.values)) if (!(key in a.values)) a.shown[key] = 0;
  return smallChangesFound(
    { ...a, values: { ...a.values, ...Object.fromEntries(Object.keys(a.shown).map((key) => [key, a.shown[key] ?? a.values[key]!])) } },
    b,
    5,
  );
}

const story = fc.record({
  tellerKind: fc.constantFrom(...storyTellerKinds),
  themeId: fc.constantFrom<string | null>(themes[0]!.id, themes[1]!.id, null),
});

describe('the comparison against earlier readings', () => {
  it('gives a count of 1 to 4 away by subtracting two readings around one story when readings are not recorded, and not when they are', () => {
    const before = Array.from({ length: 12 }, (): ComparisonStory => ({ tellerKind: 'resident', themeId: themes[0]!.id }));
    const added: ComparisonStory = { tellerKind: 'resident', themeId: themes[0]!.id };
    // Unprotected against the first reading: 12 → 13 resident stories on Groen, shown both times.
    expect(readTwice(before, added, [], { recorded: false }).length).toBeGreaterThan(0);
    expect(readTwice(before, added, [])).toEqual([]);
  });

  it('never reveals a count of 1 to 4 by subtracting two readings around a single added story (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 1, arbitrary: story }, { weight: 2, arbitrary: story.map((s) => ({ ...s, tellerKind: 'resident' as const })) }), {
          maxLength: 40,
        }),
        story,
        fc.array(fc.record({ groupKind: fc.constantFrom(...selectionGroupKinds), picks: fc.array(fc.nat(39), { maxLength: 12 }) }), { maxLength: 3 }),
        (before, added, picked) => {
          const rounds: ComparisonRound[] = picked.map((r) => ({
            groupKind: r.groupKind,
            selected: [...new Set(r.picks.filter((i) => i < before.length))].map((i) => ({ storyId: `story-${i}`, tellerKind: before[i]!.tellerKind })),
          }));
          expect(readTwice(before, added, rounds)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('records nothing new and shows the same when nothing changed since the last reading', () => {
    const stories = Array.from({ length: 7 }, (_, i): ComparisonStory => ({ tellerKind: i % 2 ? 'resident' : 'partner', themeId: null }));
    const first = protectStoryComparison(stories, [], false, themes);
    expect(first.changed).toBe(true);
    const again = protectStoryComparison(stories, [], false, themes, { earlier: [first.reading!] });
    expect(again.changed).toBe(false);
    expect(again.comparison).toEqual(first.comparison);
    // The social team's exact comparison is no reading at all.
    expect(protectStoryComparison(stories, [], true, themes).reading).toBeNull();
  });
});
