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
 * A cell of a table: a text; a count by figure key (with its share of another count when `of` is
 * given); or a text (such as a mean) printed only where the count it rests on, `when`, is shown.
 */
export type ReportCell = string | { figure: string; of?: string } | { when: string; text: string };

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A titled entry with labelled texts (an interim evaluation: what went well, bottlenecks…). */
  | { kind: 'entry'; title: string; lines: { label: string; text: string }[] }
  | { kind: 'table'; caption: string; headers: string[]; rows: ReportCell[][] }
  | { kind: 'story'; title: string; text: string; why: string; teller: string; selections: { group: string; heldOn: string; reason: string }[] }
  | {
      kind: 'rippleMap';
      title: string;
      subject: string;
      nodes: RippleNode[];
      edges: RippleEdge[];
    };

export interface ReportSection {
  /** Stable, also across versions: the prefix of its figure keys. */
  key: string;
  title: string;
  blocks: ReportBlock[];
}

/** What a section provider hands in: its blocks, and the counts its tables point at (keys start with `<key>:`). */
export interface ReportSectionDraft extends ReportSection {
  figures?: FigureSet;
}

export interface FinalReportContent {
  sections: ReportSection[];
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
 * Freezes the sections into a version's content and protects its counts: within the version and
 * against every final report published before. `alsoHidden` keeps what a version hid when it is
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
  const { shown: _shown, ...figures } = protectFigures(set, { threshold, earlier, alsoHidden });
  return { content: { sections: drafts.map(({ key, title, blocks }) => ({ key, title, blocks })) }, figures };
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
export const finalReportReviewInput = z
  .object({ decision: z.enum(planReviewDecisions, 'errors.choice'), note: optionalText(2000).default('') })
  .refine((r) => r.decision !== 'send_back' || r.note.length > 0, { path: ['note'], message: 'errors.required' });
export type FinalReportReviewInput = z.output<typeof finalReportReviewInput>;
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
  /** The parts the version holds, by title. */
  sections: z.array(z.string()),
  mayReview: z.boolean(),
  reviews: z.array(z.object({ stage: z.enum(reviewStages), decision: z.enum(planReviewDecisions), note: z.string(), byName: z.string(), at: z.string() })),
  sharings: z.array(z.object({ id: z.uuid(), venue: z.enum(sharingVenues), sharedOn: z.string(), note: z.string(), byName: z.string() })),
});
export type FinalReportVersion = z.infer<typeof finalReportVersion>;
export const finalReportList = z.object({ versions: z.array(finalReportVersion), mayStartVersion: z.boolean(), mayRecordSharing: z.boolean() });
export type FinalReportList = z.infer<typeof finalReportList>;
