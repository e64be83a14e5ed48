import { z } from 'zod';
import { planReviewDecisions } from '../action-plan/action-plan.js';
import { reviewStages } from '../picture/publications.js';
import type { RippleEdge, RippleNode } from '../ripples/schemas.js';
import { protectFigures, SMALL_CELL_THRESHOLD, type FigureRelation, type FigureSet, type PublishedFigures } from '../privacy/protected-figures.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Phase 5: the final evaluation report. Made as a version from the project as it is then (each part
 * from its own section provider), frozen into the version, reviewed like the picture and the action
 * plan (concept → outside reader → resident project group → published: the same stage rules,
 * `planStagesFor`, `mayReviewPlanStage`, `planStageAfter`, `mayStartPlanVersion`). Every figure in it
 * follows the small-cell rule within the version and against every final report published before
 * (ADR 0002); texts are the team's, checked for identifying details where they were written.
 */

/**
 * A text of a frozen version, stored without a language and worded in the reader's language when
 * the version is read (the web in the reader's language, the PDF in the requester's):
 * - a string: the team's own words (a story, a title, a name, a label), printed as written;
 * - `{ m, p }`: a message of the server catalogue with its parameters (texts, numbers, dates);
 * - `{ date }`: an ISO date; `{ number, style }`: a number (`decimal1` one decimal, `signed1` with
 *   its sign, `hours` up to two decimals);
 * - `{ nl, en }`: a text written in both languages (a survey's question); `{ join }`: texts in a row.
 * Versions made before this kept their texts as strings in the maker's language: they still read.
 */
export type ReportText =
  | string
  | { m: string; p?: Record<string, ReportText | number> }
  | { date: string | null }
  | { number: number; style?: 'decimal1' | 'signed1' | 'hours' }
  | { nl: string; en: string }
  | { join: ReportText[] };

/**
 * A cell of a table: a text; a count by figure key (with its share of another count when `of` is
 * given); or a text (such as a mean) printed only where the count(s) it rests on, `when`, are shown.
 */
export type ReportCell = ReportText | { figure: string; of?: string } | { when: string | string[]; text: ReportText };

export type ReportBlock =
  | { kind: 'paragraph'; text: ReportText }
  | { kind: 'list'; items: ReportText[] }
  /** A titled entry with labelled texts (an interim evaluation: what went well, bottlenecks…). */
  | { kind: 'entry'; title: ReportText; lines: { label: ReportText; text: ReportText }[] }
  | { kind: 'table'; caption: ReportText; headers: ReportText[]; rows: ReportCell[][] }
  | {
      kind: 'story';
      title: string;
      text: string;
      why: string;
      teller: ReportText;
      selections: { group: ReportText; heldOn: ReportText; reason: string }[];
    }
  | {
      kind: 'rippleMap';
      title: string;
      subject: ReportText;
      nodes: RippleNode[];
      edges: RippleEdge[];
    };

/** The parts of the report, in order; a section's title is worded from its key in the reader's language. */
export const finalReportSectionKeys = [
  'phases',
  'reach',
  'signals',
  'referrals',
  'themes',
  'activities',
  'stories',
  'ripples',
  'surveys',
  'beforeAfter',
  'interim',
  'hours',
] as const;
export type FinalReportSectionKey = (typeof finalReportSectionKeys)[number];

export interface ReportSection {
  /** Stable, also across versions: the prefix of its figure keys, and what its title is worded from. */
  key: FinalReportSectionKey;
  /** Versions made before texts were stored without a language kept the title in the maker's language. */
  title?: ReportText;
  blocks: ReportBlock[];
}

/** What a section provider hands in: its blocks, and the counts its tables point at (keys start with `<key>:`). */
export interface ReportSectionDraft extends ReportSection {
  figures?: FigureSet;
  /**
   * Figures published elsewhere that share this section's keys (the survey results and the picture
   * for the survey section): the version is protected against them as against earlier reports.
   */
  earlier?: readonly PublishedFigures[];
}

export interface FinalReportContent {
  sections: ReportSection[];
}

/** A figure set under a prefix: `surveys:` + its keys, so another module's published figures compare with a section's. */
export function prefixFigures<T extends FigureSet>(set: T, prefix: string): T {
  const to = (key: string) => `${prefix}${key}`;
  return {
    ...set,
    values: Object.fromEntries(Object.entries(set.values).map(([key, v]) => [to(key), v])),
    relations: set.relations.map((r) => ({ members: r.members.map(to), total: to(r.total) })),
    ...(set.zeroIsSmall ? { zeroIsSmall: set.zeroIsSmall.map(to) } : {}),
    ...(set.internal ? { internal: set.internal.map(to) } : {}),
    ...('hidden' in set ? { hidden: (set as unknown as PublishedFigures).hidden.map(to) } : {}),
  };
}

/** The part of published figures under a prefix, with the prefix taken off (what a report published of the survey results). */
export function figuresUnder(figures: PublishedFigures, prefix: string): PublishedFigures | null {
  const under = (key: string) => key.startsWith(prefix);
  const from = (key: string) => key.slice(prefix.length);
  const keys = Object.keys(figures.values).filter(under);
  if (keys.length === 0) return null;
  return {
    values: Object.fromEntries(keys.map((key) => [from(key), figures.values[key]!])),
    relations: figures.relations.filter((r) => under(r.total)).map((r) => ({ members: r.members.map(from), total: from(r.total) })),
    ...(figures.zeroIsSmall ? { zeroIsSmall: figures.zeroIsSmall.filter(under).map(from) } : {}),
    ...(figures.internal ? { internal: figures.internal.filter(under).map(from) } : {}),
    hidden: figures.hidden.filter(under).map(from),
  };
}

/** The counts of all sections in one set, so one section's total cannot undo another's hiding. */
export function mergeSectionFigures(drafts: readonly ReportSectionDraft[]): FigureSet {
  const values: Record<string, number> = {};
  const relations: FigureRelation[] = [];
  const zeroIsSmall: string[] = [];
  const internal: string[] = [];
  for (const draft of drafts) {
    if (!draft.figures) continue;
    for (const [key, value] of Object.entries(draft.figures.values)) {
      if (!key.startsWith(`${draft.key}:`)) throw new Error(`figure ${key} is not of section ${draft.key}`);
      values[key] = value;
    }
    relations.push(...draft.figures.relations);
    zeroIsSmall.push(...(draft.figures.zeroIsSmall ?? []));
    internal.push(...(draft.figures.internal ?? []));
  }
  return { values, relations, zeroIsSmall, internal };
}

/**
 * Freezes the sections into a version's content and protects its counts: within the version, against
 * every final report published before, and against what the sections' own modules published (the
 * survey results, the picture: `ReportSectionDraft.earlier`). `alsoHidden` keeps what a version hid when it is
 * protected again on publication (it may only hide more).
 */
export function finalReportContent(
  drafts: readonly ReportSectionDraft[],
  {
    threshold = SMALL_CELL_THRESHOLD,
    earlier = [],
    alsoHidden = [],
  }: { threshold?: number; earlier?: readonly PublishedFigures[]; alsoHidden?: readonly string[] } = {},
): { content: FinalReportContent; figures: PublishedFigures } {
  const set = mergeSectionFigures(drafts);
  const outside = drafts.flatMap((d) => d.earlier ?? []);
  const { shown: _shown, ...figures } = protectFigures(set, { threshold, earlier: [...outside, ...earlier], alsoHidden });
  return { content: { sections: drafts.map(({ key, blocks }) => ({ key, blocks })) }, figures };
}

/** Protects stored figures again (on publication), against the versions published meanwhile. */
export function reprotectFinalReport(figures: PublishedFigures, earlier: readonly PublishedFigures[], threshold = SMALL_CELL_THRESHOLD): PublishedFigures {
  const { shown: _shown, ...again } = protectFigures(figures, { threshold, earlier, alsoHidden: figures.hidden });
  return again;
}

/** A count as printed: null where it is hidden (or unknown). */
export function shownFigure(figures: PublishedFigures, key: string): number | null {
  if (!(key in figures.values) || figures.hidden.includes(key)) return null;
  return figures.values[key]!;
}

/**
 * Whether a hidden figure may be printed as "< 5": it is itself below the threshold. One hidden to
 * protect another (or against an earlier version) may be larger; it is printed as a dash, so the
 * mark never claims a size the figure does not have.
 */
export function hiddenAsSmall(figures: PublishedFigures, key: string, threshold: number): boolean {
  return key in figures.values && figures.values[key]! < threshold;
}

/** A share in whole percent: null where either count is hidden or the base is 0. */
export function shownShare(figures: PublishedFigures, part: string, whole: string): number | null {
  const p = shownFigure(figures, part);
  const w = shownFigure(figures, whole);
  if (p === null || w === null || w === 0) return null;
  return Math.round((p / w) * 100);
}

/** Where a published version was shared (handbook: area table, municipality, welfare platform). */
export const sharingVenues = ['area_table', 'municipality', 'welfare_platform', 'other'] as const;
export type SharingVenue = (typeof sharingVenues)[number];

export const finalReportInput = z.object({ title: requiredText(120), introduction: optionalText(3000).default('') });
export type FinalReportInput = z.output<typeof finalReportInput>;
export const sharingInput = z.object({ venue: z.enum(sharingVenues, 'errors.choice'), sharedOn: isoDate, note: optionalText(1000).default('') });
export type SharingInput = z.output<typeof sharingInput>;
export const finalReportParams = z.object({ id: uuid, reportId: uuid });

export const finalReportVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  stage: z.enum(reviewStages),
  createdByName: z.string(),
  createdAt: z.string(),
  /** The parts the version holds, by key (worded in the reader's language). */
  sections: z.array(z.string()),
  mayReview: z.boolean(),
  reviews: z.array(z.object({ stage: z.enum(reviewStages), decision: z.enum(planReviewDecisions), note: z.string(), byName: z.string(), at: z.string() })),
  sharings: z.array(z.object({ id: z.uuid(), venue: z.enum(sharingVenues), sharedOn: z.string(), note: z.string(), byName: z.string() })),
});
export type FinalReportVersion = z.infer<typeof finalReportVersion>;
export const finalReportList = z.object({ versions: z.array(finalReportVersion), mayStartVersion: z.boolean(), mayRecordSharing: z.boolean() });
export type FinalReportList = z.infer<typeof finalReportList>;
