import { z } from 'zod';
import { protectCounts } from '../privacy/small-cells.js';
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
  return [{ path: ['note'], text: input.note }, ...input.selections.map((s, i) => ({ path: ['selections', i, 'reason'], text: s.reason }))].filter((t) => t.text !== '');
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
  /** Stories told, per teller kind (columns in the order of `tellerKinds`). */
  told: z.object({ counts: z.array(shownCount), total: shownCount }),
  /** Stories selected by each kind of group, per teller kind of the story. */
  selected: z.object({
    rows: z.array(z.object({ groupKind: z.enum(selectionGroupKinds), rounds: z.number().int(), counts: z.array(shownCount), total: shownCount })),
    columnTotals: z.array(shownCount),
    total: shownCount,
  }),
});
export type StoryComparison = z.infer<typeof storyComparison>;

export interface ComparisonRound {
  groupKind: SelectionGroupKind;
  /** The stories the round selected, by id and teller kind. */
  selected: readonly { storyId: string; tellerKind: StoryTellerKind }[];
}

/**
 * What each kind of group selected from each kind of teller: stories told per teller kind, and per
 * group kind the distinct stories its rounds selected per teller kind (a story two rounds of the
 * same kind of group selected counts once for that kind). Only group kinds that held a round show.
 */
export function compareStories(tellers: readonly StoryTellerKind[], rounds: readonly ComparisonRound[]) {
  const column = (kind: StoryTellerKind) => storyTellerKinds.indexOf(kind);
  const told = storyTellerKinds.map(() => 0);
  for (const kind of tellers) told[column(kind)]!++;
  const rows = selectionGroupKinds
    .filter((groupKind) => rounds.some((r) => r.groupKind === groupKind))
    .map((groupKind) => {
      const ofKind = rounds.filter((r) => r.groupKind === groupKind);
      const stories = new Map(ofKind.flatMap((r) => r.selected.map((s) => [s.storyId, s.tellerKind] as const)));
      const counts = storyTellerKinds.map(() => 0);
      for (const kind of stories.values()) counts[column(kind)]!++;
      return { groupKind, rounds: ofKind.length, counts };
    });
  return { tellerKinds: [...storyTellerKinds], told, rows };
}

/**
 * The comparison as shown: exact to the social team; otherwise both tables under the small-cell
 * rule (no count below the threshold in a cell, a total, or by subtraction).
 */
export function showStoryComparison(tellers: readonly StoryTellerKind[], rounds: readonly ComparisonRound[], exact: boolean): StoryComparison {
  const { tellerKinds, told, rows } = compareStories(tellers, rounds);
  if (exact) {
    const columnTotals = tellerKinds.map((_, c) => rows.reduce((s, r) => s + r.counts[c]!, 0));
    return {
      exact,
      tellerKinds,
      told: { counts: told, total: told.reduce((a, b) => a + b, 0) },
      selected: { rows: rows.map((r) => ({ ...r, total: r.counts.reduce((a, b) => a + b, 0) })), columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) },
    };
  }
  const toldShown = protectCounts([told]);
  const selectedShown = rows.length ? protectCounts(rows.map((r) => r.counts)) : { cells: [], rowTotals: [], columnTotals: tellerKinds.map(() => 0), total: 0 };
  return {
    exact,
    tellerKinds,
    told: { counts: toldShown.cells[0]!, total: toldShown.total },
    selected: {
      rows: rows.map((r, i) => ({ groupKind: r.groupKind, rounds: r.rounds, counts: selectedShown.cells[i]!, total: selectedShown.rowTotals[i] ?? null })),
      columnTotals: selectedShown.columnTotals,
      total: selectedShown.total,
    },
  };
}
