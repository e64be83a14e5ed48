import { z } from 'zod';
import { protectFigures, type FigureRelation, type FigureSet, type PublishedFigures } from '../privacy/protected-figures.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Most Significant Change (handbook "Fase 5 Evaluatie"): stories told in answer to one fixed
 * question ("Wat is voor u de belangrijkste verandering in deze periode, en waarom?") by residents,
 * professionals and partners, and selection rounds in which a group picks the stories it finds most
 * significant and writes why. A story records what kind of person told it, never who.
 */
export const storyTellerKinds = ['resident', 'corporation_professional', 'welfare_professional', 'contractor_professional', 'partner'] as const;
export type StoryTellerKind = (typeof storyTellerKinds)[number];

/** The group that selects: a kind, a date and how many took part; never names. */
export const selectionGroupKinds = ['resident_project_group', 'social_team', 'steering_group', 'project_team', 'other'] as const;
export type SelectionGroupKind = (typeof selectionGroupKinds)[number];

export const storyInput = z
  .object({
    tellerKind: z.enum(storyTellerKinds, 'errors.choice'),
    /** The period the change is about. */
    periodStart: isoDate,
    periodEnd: isoDate,
    /** Optionally, the activity of the register the story is about. */
    activityId: uuid.nullable().default(null),
    /** Optionally, a theme of the picture (the web offers the top 5). */
    themeId: uuid.nullable().default(null),
    storyTitle: requiredText(200),
    storyText: requiredText(6000),
    /** Why this change matters to the teller. */
    storyWhy: requiredText(3000),
  })
  .refine((s) => s.periodEnd >= s.periodStart, { path: ['periodEnd'], message: 'errors.endBeforeStart' });
export type StoryInput = z.output<typeof storyInput>;

/** The free texts of a story that pass the identifying-details check, with their field paths. */
export function storyTexts(input: StoryInput): { path: (string | number)[]; text: string }[] {
  return [
    { path: ['storyTitle'], text: input.storyTitle },
    { path: ['storyText'], text: input.storyText },
    { path: ['storyWhy'], text: input.storyWhy },
  ];
}

export const storyQuery = z.object({
  tellerKind: z.enum(storyTellerKinds, 'errors.choice').optional(),
  /** `selected`: only stories some round selected (what readers outside the social team always get). */
  scope: z.enum(['all', 'selected'], 'errors.choice').default('all'),
  /** Only stories whose period overlaps from … to (either end may be left open). */
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
  page: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').default(1),
  pageSize: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(200, 'errors.tooLarge').default(20),
});
export type StoryQuery = z.output<typeof storyQuery>;
export const storyParams = z.object({ id: uuid, storyId: uuid });
export const storyRoundParams = z.object({ id: uuid, roundId: uuid });

export const storySelectionOfStory = z.object({ roundId: z.uuid(), groupKind: z.enum(selectionGroupKinds), heldOn: z.string(), reason: z.string() });

export const story = z.object({
  id: z.uuid(),
  tellerKind: z.enum(storyTellerKinds),
  periodStart: z.string(),
  periodEnd: z.string(),
  activity: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  theme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  storyTitle: z.string(),
  storyText: z.string(),
  storyWhy: z.string(),
  /** The rounds that selected the story, with why. */
  selections: z.array(storySelectionOfStory),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof story>;
export const storyList = z.object({
  stories: z.array(story),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** `selected` when the reader may only see selected stories. */
  scope: z.enum(['all', 'selected']),
});
export type StoryList = z.infer<typeof storyList>;

export const storySelectionInput = z.object({ storyId: uuid, reason: requiredText(2000) });

export const storyRoundInput = z
  .object({
    groupKind: z.enum(selectionGroupKinds, 'errors.choice'),
    heldOn: isoDate,
    participants: z.number('errors.invalid').int('errors.invalid').min(1, 'errors.positive').max(500, 'errors.tooLarge'),
    note: optionalText(1000).default(''),
    /** The stories the group read. */
    reviewedStoryIds: z.array(uuid).min(1, 'errors.pickAtLeastOne').max(100, 'errors.tooMany'),
    /** The stories it selected, each with why. */
    selections: z.array(storySelectionInput).min(1, 'errors.pickAtLeastOne').max(20, 'errors.tooMany'),
  })
  .refine((r) => new Set(r.reviewedStoryIds).size === r.reviewedStoryIds.length, { path: ['reviewedStoryIds'], message: 'errors.duplicate' })
  .refine((r) => new Set(r.selections.map((s) => s.storyId)).size === r.selections.length, { path: ['selections'], message: 'errors.duplicate' })
  .superRefine((r, ctx) => {
    r.selections.forEach((s, i) => {
      if (!r.reviewedStoryIds.includes(s.storyId)) ctx.addIssue({ code: 'custom', path: ['selections', i, 'storyId'], message: 'errors.selectedNotReviewed' });
    });
  });
export type StoryRoundInput = z.output<typeof storyRoundInput>;

/** The free texts of a round that pass the identifying-details check. */
export function storyRoundTexts(input: StoryRoundInput): { path: (string | number)[]; text: string }[] {
  return [{ path: ['note'], text: input.note }, ...input.selections.map((s, i) => ({ path: ['selections', i, 'reason'], text: s.reason }))].filter(
    (t) => t.text !== '',
  );
}

export const storyRound = z.object({
  id: z.uuid(),
  groupKind: z.enum(selectionGroupKinds),
  heldOn: z.string(),
  participants: z.number().int(),
  note: z.string(),
  reviewedCount: z.number().int(),
  selections: z.array(z.object({ storyId: z.uuid(), storyTitle: z.string(), tellerKind: z.enum(storyTellerKinds), reason: z.string() })),
});
export type StoryRound = z.infer<typeof storyRound>;
export const storyRoundList = z.object({ rounds: z.array(storyRound) });

/** A count as shown: `null` where the small-cell rule holds it back. */
const shownCount = z.number().int().nullable();
export const storyComparison = z.object({
  /** Exact counts (the social team) or protected by the small-cell rule (everyone else). */
  exact: z.boolean(),
  tellerKinds: z.array(z.enum(storyTellerKinds)),
  /** Stories told per theme (`null`: without a theme) and teller kind (columns in the order of `tellerKinds`). */
  byTheme: z.array(z.object({ themeId: z.uuid().nullable(), themeName: z.string(), counts: z.array(shownCount), total: shownCount })),
  /** Stories told per teller kind: the column totals of `byTheme`. */
  told: z.object({ counts: z.array(shownCount), total: shownCount }),
  /** Stories selected by each kind of group, per teller kind of the story. */
  selected: z.object({
    rows: z.array(z.object({ groupKind: z.enum(selectionGroupKinds), rounds: z.number().int(), counts: z.array(shownCount), total: shownCount })),
    columnTotals: z.array(shownCount),
    total: shownCount,
  }),
});
export type StoryComparison = z.infer<typeof storyComparison>;

export interface ComparisonStory {
  tellerKind: StoryTellerKind;
  themeId: string | null;
}

export interface ComparisonRound {
  groupKind: SelectionGroupKind;
  /** The stories the round selected, by id and teller kind. */
  selected: readonly { storyId: string; tellerKind: StoryTellerKind }[];
}

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * The perspectives side by side: stories told per theme and kind of teller (what each kind of teller
 * finds the most significant change), and per kind of group the distinct stories its rounds selected
 * per kind of teller (a story two rounds of the same kind of group selected counts once for that
 * kind). Themes in the order given, stories without a theme last; only group kinds that held a round.
 */
export function compareStories(stories: readonly ComparisonStory[], rounds: readonly ComparisonRound[], themeOrder: readonly string[] = []) {
  const column = (kind: StoryTellerKind) => storyTellerKinds.indexOf(kind);
  const used = new Set(stories.map((s) => s.themeId));
  const themeIds: (string | null)[] = [
    ...themeOrder.filter((id) => used.has(id)),
    ...[...used].filter((id): id is string => id !== null && !themeOrder.includes(id)).sort(),
    ...(used.has(null) ? [null] : []),
  ];
  const byTheme = themeIds.map((themeId) => {
    const counts = storyTellerKinds.map(() => 0);
    for (const s of stories) if (s.themeId === themeId) counts[column(s.tellerKind)]!++;
    return { themeId, counts };
  });
  const told = storyTellerKinds.map((_, c) => sum(byTheme.map((r) => r.counts[c]!)));
  const rows = selectionGroupKinds
    .filter((groupKind) => rounds.some((r) => r.groupKind === groupKind))
    .map((groupKind) => {
      const ofKind = rounds.filter((r) => r.groupKind === groupKind);
      const selected = new Map(ofKind.flatMap((r) => r.selected.map((s) => [s.storyId, s.tellerKind] as const)));
      const counts = storyTellerKinds.map(() => 0);
      for (const kind of selected.values()) counts[column(kind)]!++;
      return { groupKind, rounds: ofKind.length, counts };
    });
  return { tellerKinds: [...storyTellerKinds], byTheme, told, rows };
}

/** The figure keys of the comparison, stable across readings (a theme's id, a teller kind, a group kind). */
export const comparisonFigureKeys = {
  theme: (themeId: string | null, kind: StoryTellerKind | 'total') => `t:${themeId ?? 'none'}:${kind}`,
  told: (kind: StoryTellerKind | 'total') => `told:${kind}`,
  selected: (groupKind: SelectionGroupKind, kind: StoryTellerKind | 'total') => `s:${groupKind}:${kind}`,
  selectedColumn: (kind: StoryTellerKind | 'total') => `sc:${kind}`,
} as const;

/**
 * A table with its margins as one figure set: every row adds up to its total, every column (and the
 * column of row totals) to its column total.
 */
function tableFigures(
  rows: readonly { counts: readonly number[] }[],
  cell: (row: number, column: StoryTellerKind | 'total') => string,
  columnTotal: (column: StoryTellerKind | 'total') => string,
  values: Record<string, number>,
  relations: FigureRelation[],
) {
  const columns = [...storyTellerKinds, 'total'] as const;
  for (const c of columns) values[columnTotal(c)] = 0;
  rows.forEach((r, i) => {
    values[cell(i, 'total')] = 0;
    storyTellerKinds.forEach((kind, c) => {
      values[cell(i, kind)] = r.counts[c]!;
      values[cell(i, 'total')]! += r.counts[c]!;
      values[columnTotal(kind)]! += r.counts[c]!;
      values[columnTotal('total')]! += r.counts[c]!;
    });
    relations.push({ members: storyTellerKinds.map((kind) => cell(i, kind)), total: cell(i, 'total') });
  });
  relations.push({ members: storyTellerKinds.map((kind) => columnTotal(kind)), total: columnTotal('total') });
  if (rows.length) for (const c of columns) relations.push({ members: rows.map((_, i) => cell(i, c)), total: columnTotal(c) });
}

/** Every count of the comparison as one figure set (ADR 0002), by stable keys. */
export function storyComparisonFigures(stories: readonly ComparisonStory[], rounds: readonly ComparisonRound[], themeOrder: readonly string[] = []): FigureSet {
  const { byTheme, rows } = compareStories(stories, rounds, themeOrder);
  const k = comparisonFigureKeys;
  const values: Record<string, number> = {};
  const relations: FigureRelation[] = [];
  tableFigures(byTheme, (i, kind) => k.theme(byTheme[i]!.themeId, kind), k.told, values, relations);
  tableFigures(rows, (i, kind) => k.selected(rows[i]!.groupKind, kind), k.selectedColumn, values, relations);
  return { values, relations };
}

/** Whether a figure set is the one last read (then it is shown as it was, and no new reading is recorded). */
function sameAsLast(last: PublishedFigures | undefined, set: FigureSet): last is PublishedFigures {
  if (!last) return false;
  const keys = Object.keys(set.values);
  if (keys.length !== Object.keys(last.values).length || keys.some((key) => last.values[key] !== set.values[key])) return false;
  return last.relations.length === set.relations.length;
}

/**
 * The comparison as shown: exact to the social team; otherwise every count under the small-cell
 * rule (no count below the threshold in a cell, a total, or by subtraction), and against every
 * reading recorded before for readers outside the social team (`earlier`, ADR 0002): someone who
 * read it before and after a story was added cannot subtract the two. `reading` is what the caller
 * records as the newest reading when `changed` (the true figures: never in an answer).
 */
export function protectStoryComparison(
  stories: readonly ComparisonStory[],
  rounds: readonly ComparisonRound[],
  exact: boolean,
  themes: readonly { id: string; name: string }[] = [],
  { earlier = [], threshold }: { earlier?: readonly PublishedFigures[]; threshold?: number } = {},
): { comparison: StoryComparison; reading: PublishedFigures | null; changed: boolean } {
  const { tellerKinds, byTheme, told, rows } = compareStories(
    stories,
    rounds,
    themes.map((t) => t.id),
  );
  const name = new Map(themes.map((t) => [t.id, t.name]));
  const themeName = (id: string | null) => (id === null ? '' : (name.get(id) ?? ''));
  if (exact) {
    const columnTotals = tellerKinds.map((_, c) => sum(rows.map((r) => r.counts[c]!)));
    return {
      comparison: {
        exact,
        tellerKinds,
        byTheme: byTheme.map((r) => ({ themeId: r.themeId, themeName: themeName(r.themeId), counts: r.counts, total: sum(r.counts) })),
        told: { counts: told, total: sum(told) },
        selected: { rows: rows.map((r) => ({ ...r, total: sum(r.counts) })), columnTotals, total: sum(columnTotals) },
      },
      reading: null,
      changed: false,
    };
  }
  const set = storyComparisonFigures(
    stories,
    rounds,
    themes.map((t) => t.id),
  );
  const last = earlier.at(-1);
  const same = sameAsLast(last, set);
  // A row an earlier reading did not have (a theme nobody had told a story about yet) told a reader
  // it was 0 there: the earlier reading is held with those figures as shown zeros.
  const absentAsZero = (reading: PublishedFigures): PublishedFigures => {
    const missing = Object.keys(set.values).filter((key) => !(key in reading.values));
    return missing.length ? { ...reading, values: { ...reading.values, ...Object.fromEntries(missing.map((key) => [key, 0])) } } : reading;
  };
  const hidden = new Set(same ? last.hidden : protectFigures(set, { earlier: earlier.map(absentAsZero), ...(threshold ? { threshold } : {}) }).hidden);
  const shown = (key: string) => (hidden.has(key) ? null : set.values[key]!);
  const k = comparisonFigureKeys;
  return {
    comparison: {
      exact,
      tellerKinds,
      byTheme: byTheme.map((r) => ({
        themeId: r.themeId,
        themeName: themeName(r.themeId),
        counts: tellerKinds.map((kind) => shown(k.theme(r.themeId, kind))),
        total: shown(k.theme(r.themeId, 'total')),
      })),
      told: { counts: tellerKinds.map((kind) => shown(k.told(kind))), total: shown(k.told('total')) },
      selected: {
        rows: rows.map((r) => ({
          groupKind: r.groupKind,
          rounds: r.rounds,
          counts: tellerKinds.map((kind) => shown(k.selected(r.groupKind, kind))),
          total: shown(k.selected(r.groupKind, 'total')),
        })),
        columnTotals: tellerKinds.map((kind) => shown(k.selectedColumn(kind))),
        total: shown(k.selectedColumn('total')),
      },
    },
    reading: { values: set.values, relations: set.relations, hidden: Object.keys(set.values).filter((key) => hidden.has(key)) },
    changed: !same,
  };
}

/** The comparison as shown to one reader, without earlier readings (see `protectStoryComparison`). */
export function showStoryComparison(
  stories: readonly ComparisonStory[],
  rounds: readonly ComparisonRound[],
  exact: boolean,
  themes: readonly { id: string; name: string }[] = [],
): StoryComparison {
  return protectStoryComparison(stories, rounds, exact, themes).comparison;
}
