import { z } from 'zod';
import { protectCounts } from '../privacy/small-cells.js';
import { isoDate, uuid } from '../validation/common.js';

/**
 * Before and after per household (issue 13, optional per project): wellbeing on a 10-point scale
 * and the participation ladder, measured at the first visit and again later. A measurement is kept
 * on the household's pseudonym only; the report shows the mean change per group (building phase,
 * age group) under the small-cell rule, never a household.
 *
 * The ladder's six levels: the magazine (seed 003) names level 1 "geïsoleerd leven" and level 6
 * "betaald werk zonder ondersteuning"; the steps between are those of the common Dutch
 * participation ladder.
 */
export const participationLadder = [1, 2, 3, 4, 5, 6] as const;
export const measurementMoments = ['first_visit', 'later'] as const;
export type MeasurementMoment = (typeof measurementMoments)[number];

export const beforeAfterSettings = z.object({ enabled: z.boolean('errors.invalid') });
export type BeforeAfterSettings = z.infer<typeof beforeAfterSettings>;

const measurementValues = z.object({
  moment: z.enum(measurementMoments, 'errors.choice'),
  measuredOn: isoDate,
  wellbeing: z.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(10, 'errors.invalid').nullable().default(null),
  ladder: z.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(6, 'errors.invalid').nullable().default(null),
});
const someMeasure = (m: { wellbeing: number | null; ladder: number | null }) => m.wellbeing !== null || m.ladder !== null;

export const measurementInput = measurementValues
  .extend({
    /**
     * Made once on the device that measured: the measurement waits in that device's outbox when
     * there is no connection, and the server stores it once however often it is sent.
     */
    clientId: uuid,
    /** The visit it was measured at: gives the household's pseudonym and building phase, and is not stored. */
    visitId: uuid,
  })
  .refine(someMeasure, { path: ['wellbeing'], message: 'errors.required' });
export type MeasurementInput = z.output<typeof measurementInput>;
/** A correction of a stored measurement: its moment, date and values (the household stays). */
export const measurementCorrection = measurementValues.refine(someMeasure, { path: ['wellbeing'], message: 'errors.required' });
export type MeasurementCorrection = z.output<typeof measurementCorrection>;
export const measurementParams = z.object({ id: uuid, measurementId: uuid });
/** The measurements of the household living at a visit. */
export const measurementQuery = z.object({ visitId: uuid });
/** What the writer gets back: a receipt, not the household. */
export const measurementReceipt = z.object({ id: z.uuid(), clientId: z.uuid().nullable(), moment: z.enum(measurementMoments), measuredOn: z.string() });
/** A stored measurement as the social team sees it at a visit, to correct or delete it: never the household. */
export const householdMeasurement = z.object({
  id: z.uuid(),
  moment: z.enum(measurementMoments),
  measuredOn: z.string(),
  wellbeing: z.number().int().nullable(),
  ladder: z.number().int().nullable(),
});
export type HouseholdMeasurement = z.infer<typeof householdMeasurement>;
export const householdMeasurementList = z.object({ measurements: z.array(householdMeasurement) });

/** One measurement as the report reads it: a pseudonym, never an identity. */
export interface Measurement {
  householdKey: string;
  moment: MeasurementMoment;
  measuredOn: string;
  wellbeing: number | null;
  ladder: number | null;
}

export interface HouseholdChange {
  householdKey: string;
  /** Later minus first; null where either lacks the measure. */
  wellbeing: number | null;
  ladder: number | null;
}

/**
 * The change of each household with a first-visit measurement and a later one: the latest later
 * measurement (on or after the first) against the first. Households without both are left out.
 */
export function householdChanges(measurements: readonly Measurement[]): HouseholdChange[] {
  const byHousehold = new Map<string, Measurement[]>();
  for (const m of measurements) byHousehold.set(m.householdKey, [...(byHousehold.get(m.householdKey) ?? []), m]);
  const changes: HouseholdChange[] = [];
  for (const [householdKey, list] of byHousehold) {
    const first = list.filter((m) => m.moment === 'first_visit').sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))[0];
    if (!first) continue;
    const later = list.filter((m) => m.moment === 'later' && m.measuredOn >= first.measuredOn).sort((a, b) => b.measuredOn.localeCompare(a.measuredOn))[0];
    if (!later) continue;
    const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
    changes.push({ householdKey, wellbeing: diff(first.wellbeing, later.wellbeing), ladder: diff(first.ladder, later.ladder) });
  }
  return changes;
}

export const beforeAfterFigure = z.object({
  /** Households with both measurements; null where the small-cell rule holds it back. */
  households: z.number().int().nullable(),
  /** Mean change (later minus first), one decimal; null where held back or no household. */
  meanChange: z.number().nullable(),
});
export type BeforeAfterFigure = z.infer<typeof beforeAfterFigure>;
export const beforeAfterGroupRow = z.object({ key: z.string(), label: z.string(), wellbeing: beforeAfterFigure, ladder: beforeAfterFigure });
export type BeforeAfterGroupRow = z.infer<typeof beforeAfterGroupRow>;
export const beforeAfterGrouping = z.object({
  rows: z.array(beforeAfterGroupRow),
  total: z.object({ wellbeing: beforeAfterFigure, ladder: beforeAfterFigure }),
});
export type BeforeAfterGrouping = z.infer<typeof beforeAfterGrouping>;
export const beforeAfterReport = z.object({
  enabled: z.boolean(),
  byBuildingPhase: beforeAfterGrouping,
  byAgeGroup: beforeAfterGrouping,
});
export type BeforeAfterReport = z.infer<typeof beforeAfterReport>;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Mean change per group under the small-cell rule: the households per group form a table whose
 * small cells (and the cells that would give them away through the total) are held back; a mean is
 * shown only where its count is. Groups are given in display order; a household without a group
 * counts under `otherKey` when given, else only in the total.
 */
export function beforeAfterByGroup(
  changes: readonly (HouseholdChange & { group: string | null })[],
  groups: readonly { key: string; label: string }[],
  threshold?: number,
): BeforeAfterGrouping {
  const figure = (measure: 'wellbeing' | 'ladder') => {
    const values = groups.map((g) => changes.filter((c) => c.group === g.key && c[measure] !== null).map((c) => c[measure]!));
    const ungrouped = changes.filter((c) => (c.group === null || !groups.some((g) => g.key === c.group)) && c[measure] !== null).map((c) => c[measure]!);
    // The ungrouped households are a hidden row: part of the total, so they are protected too.
    const table = protectCounts([...values.map((v) => [v.length]), [ungrouped.length]], threshold);
    const all = [...values.flat(), ...ungrouped];
    const mean = (list: number[], shown: number | null) => (shown === null || list.length === 0 ? null : round1(list.reduce((a, b) => a + b, 0) / list.length));
    return {
      rows: values.map((v, i) => ({ households: table.cells[i]![0]!, meanChange: mean(v, table.cells[i]![0]!) })),
      total: { households: table.total, meanChange: mean(all, table.total) },
    };
  };
  const wellbeing = figure('wellbeing');
  const ladder = figure('ladder');
  return {
    rows: groups.map((g, i) => ({ key: g.key, label: g.label, wellbeing: wellbeing.rows[i]!, ladder: ladder.rows[i]! })),
    total: { wellbeing: wellbeing.total, ladder: ladder.total },
  };
}
