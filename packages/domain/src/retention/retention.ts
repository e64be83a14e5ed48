import { z } from 'zod';

/** Months identities are kept after a project's end when its leader set no period (the privacy plan's default). */
export const DEFAULT_RETENTION_MONTHS = 24;
/** Twenty years: long enough for any agreement, short enough to catch a typo of days for months. */
export const MAX_RETENTION_MONTHS = 240;

/** What the retention purge (and an erasure request) erases of a household's identity, one count per kind. */
export const erasedKinds = ['contacts', 'householdNotes', 'talentCards', 'talentMatches', 'referrals', 'surveyLinks', 'pseudonyms'] as const;
export type ErasedKind = (typeof erasedKinds)[number];
export type ErasedCounts = Record<ErasedKind, number>;

/** `months` after the calendar day `isoDay`; a day past the end of the month falls on its last day (31 Aug + 6 = 29 Feb). */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The retention period in force: the project's own, else the default. */
export const retentionMonthsOf = (retentionMonths: number | null): number => retentionMonths ?? DEFAULT_RETENTION_MONTHS;

/**
 * The day from which a project's identities are erased: its end plus the retention period. A project
 * without an end date has none: it is still running, so nothing may be purged.
 */
export function purgeDateOf(endsOn: string | null, retentionMonths: number | null): string | null {
  return endsOn ? addMonths(endsOn, retentionMonthsOf(retentionMonths)) : null;
}

/** Whether the purge is due on `today` (both Amsterdam calendar days). */
export function purgeIsDue(endsOn: string | null, retentionMonths: number | null, today: string): boolean {
  const purgeOn = purgeDateOf(endsOn, retentionMonths);
  return purgeOn !== null && purgeOn <= today;
}

export const retentionInput = z.object({
  /** Null: the default period. */
  retentionMonths: z.number('errors.invalid').int('errors.invalid').min(1, 'errors.positive').max(MAX_RETENTION_MONTHS, 'errors.tooLarge').nullable(),
});
export type RetentionInput = z.infer<typeof retentionInput>;

const erasedCounts = z.object(Object.fromEntries(erasedKinds.map((k) => [k, z.number().int()])) as Record<ErasedKind, z.ZodNumber>);

export const retentionView = z.object({
  endsOn: z.string().nullable(),
  retentionMonths: z.number().int().nullable(),
  defaultMonths: z.number().int(),
  purgeOn: z.string().nullable(),
  /** When the purge ran; null while it is still to come. */
  purgedAt: z.string().nullable(),
  /** What the purge will erase (counted now), or erased when it ran. */
  counts: erasedCounts,
});
export type RetentionView = z.infer<typeof retentionView>;
