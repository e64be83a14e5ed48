import { z } from 'zod';
import { protectCounts } from '../privacy/small-cells.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * The activity register of phase 4 (handbook "Fase 4 Sociaal verbinden"): one list for the three
 * kinds of activity the handbook names. An activity holds no names of residents: residents who
 * organise are a count, reach is counted per occasion or as a total.
 */
export const activityKinds = ['personal_connection', 'collective_activity', 'physical_change'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** `proposed` is where a concept action plan (or the resident project group) puts a new idea. */
export const activityStatuses = ['proposed', 'planned', 'running', 'done', 'stopped'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const activityRecurrences = ['once', 'weekly', 'monthly', 'yearly', 'irregular'] as const;
export type ActivityRecurrence = (typeof activityRecurrences)[number];

export const partnerDecisions = ['pending', 'approved', 'partly_approved', 'rejected'] as const;
export type PartnerDecision = (typeof partnerDecisions)[number];

const count = z.number('errors.invalid').int('errors.invalid').min(0, 'errors.notNegative').max(100_000, 'errors.tooLarge');
const amount = (max: number) => z.number('errors.invalid').min(0, 'errors.notNegative').max(max, 'errors.tooLarge');

export const activityPartnerInput = z
  .object({
    /** A partner organisation of the project, or none for one outside it (then `name`). */
    organisationId: uuid.nullable().default(null),
    name: optionalText(200).default(''),
    request: optionalText(2000).default(''),
    requestedOn: isoDate.nullable().default(null),
    decision: z.enum(partnerDecisions, 'errors.choice').default('pending'),
    decidedOn: isoDate.nullable().default(null),
    decisionNote: optionalText(2000).default(''),
  })
  .refine((p) => p.organisationId !== null || p.name !== '', { path: ['name'], message: 'errors.required' })
  .refine((p) => p.decision === 'pending' || p.decidedOn !== null, { path: ['decidedOn'], message: 'errors.decisionNeedsDate' })
  .refine((p) => !p.decidedOn || !p.requestedOn || p.decidedOn >= p.requestedOn, { path: ['decidedOn'], message: 'errors.decisionBeforeRequest' });
export type ActivityPartnerInput = z.output<typeof activityPartnerInput>;

export const activityInput = z
  .object({
    kind: z.enum(activityKinds, 'errors.choice'),
    title: requiredText(200),
    description: optionalText(4000).default(''),
    status: z.enum(activityStatuses, 'errors.choice').default('proposed'),
    /** The picture's themes the activity serves. */
    themeIds: z.array(uuid).max(20, 'errors.tooMany').default([]),
    place: optionalText(200).default(''),
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    recurrence: z.enum(activityRecurrences, 'errors.choice').default('once'),
    recurrenceNote: optionalText(200).default(''),
    buildingPhaseId: uuid.nullable().default(null),
    /** Professionals of the project team. */
    ownerIds: z.array(uuid).max(10, 'errors.tooMany').default([]),
    /** Residents who chose to organise: a number and a description, never names. */
    residentOrganisers: count.default(0),
    residentOrganisersNote: optionalText(500).default(''),
    partners: z.array(activityPartnerInput).max(10, 'errors.tooMany').default([]),
    budgetEuros: amount(10_000_000).nullable().default(null),
    budgetHours: amount(100_000)
      .refine((h) => Number.isInteger(h * 4), 'errors.quarterHours')
      .nullable()
      .default(null),
    lasts: z.boolean('errors.invalid').default(false),
    successorOwner: optionalText(200).default(''),
  })
  .refine((a) => !a.endsOn || !a.startsOn || a.endsOn >= a.startsOn, { path: ['endsOn'], message: 'errors.endBeforeStart' })
  .refine((a) => new Set(a.themeIds).size === a.themeIds.length, { path: ['themeIds'], message: 'errors.duplicate' })
  .refine((a) => new Set(a.ownerIds).size === a.ownerIds.length, { path: ['ownerIds'], message: 'errors.duplicate' })
  .refine((a) => !a.lasts || a.successorOwner !== '', { path: ['successorOwner'], message: 'errors.lastingNeedsOwner' });
export type ActivityInput = z.output<typeof activityInput>;

/** The free texts of an activity that pass the identifying-details check, with their field paths. */
export function activityTexts(input: ActivityInput): { path: (string | number)[]; text: string }[] {
  return [
    { path: ['title'], text: input.title },
    { path: ['description'], text: input.description },
    { path: ['place'], text: input.place },
    { path: ['recurrenceNote'], text: input.recurrenceNote },
    { path: ['residentOrganisersNote'], text: input.residentOrganisersNote },
    { path: ['successorOwner'], text: input.successorOwner },
    ...input.partners.flatMap((p, i) => [
      { path: ['partners', i, 'name'], text: p.name },
      { path: ['partners', i, 'request'], text: p.request },
      { path: ['partners', i, 'decisionNote'], text: p.decisionNote },
    ]),
  ].filter((t) => t.text !== '');
}

/** Reach of one occasion (with a date) or a total (without): counts only. */
export const activityReachInput = z
  .object({
    heldOn: isoDate.nullable().default(null),
    participants: count,
    firstTimers: count.default(0),
    note: optionalText(500).default(''),
  })
  .refine((r) => r.firstTimers <= r.participants, { path: ['firstTimers'], message: 'errors.firstTimersAboveParticipants' });
export type ActivityReachInput = z.output<typeof activityReachInput>;

/** Hours worked on an activity; they are booked on the phase-4 hour line. */
export const activityHoursInput = z.object({
  workedOn: isoDate,
  hours: z
    .number('errors.invalid')
    .gt(0, 'errors.positive')
    .max(24, 'errors.hoursPerDay')
    .refine((h) => Number.isInteger(h * 4), 'errors.quarterHours'),
  note: optionalText(500).default(''),
});
export type ActivityHoursInput = z.output<typeof activityHoursInput>;

export const activityQuery = z.object({
  kind: z.enum(activityKinds, 'errors.choice').optional(),
  status: z.enum(activityStatuses, 'errors.choice').optional(),
  themeId: uuid.optional(),
  buildingPhaseId: uuid.optional(),
  page: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').default(1),
  pageSize: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(500, 'errors.tooLarge').default(100),
});
export type ActivityQuery = z.output<typeof activityQuery>;
export const activityParams = z.object({ id: uuid, activityId: uuid });
export const activityReachParams = z.object({ id: uuid, activityId: uuid, reachId: uuid });

/** Reach as shown: `null` where the small-cell rule holds a count back. */
export const activityReach = z.object({ participants: z.number().int().nullable(), firstTimers: z.number().int().nullable() });
export type ActivityReach = z.infer<typeof activityReach>;

export const activity = z.object({
  id: z.uuid(),
  kind: z.enum(activityKinds),
  title: z.string(),
  description: z.string(),
  status: z.enum(activityStatuses),
  themes: z.array(z.object({ id: z.uuid(), name: z.string() })),
  place: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  recurrence: z.enum(activityRecurrences),
  recurrenceNote: z.string(),
  buildingPhaseId: z.uuid().nullable(),
  buildingPhaseName: z.string().nullable(),
  owners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  residentOrganisers: z.number().int(),
  residentOrganisersNote: z.string(),
  partners: z.array(
    z.object({
      organisationId: z.uuid().nullable(),
      name: z.string(),
      request: z.string(),
      requestedOn: z.string().nullable(),
      decision: z.enum(partnerDecisions),
      decidedOn: z.string().nullable(),
      decisionNote: z.string(),
    }),
  ),
  budgetEuros: z.number().nullable(),
  budgetHours: z.number().nullable(),
  bookedHours: z.number(),
  reach: activityReach,
  lasts: z.boolean(),
  successorOwner: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activity>;
export const activityList = z.object({ activities: z.array(activity), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const activityReachEntry = z.object({
  id: z.uuid(),
  heldOn: z.string().nullable(),
  participants: z.number().int(),
  firstTimers: z.number().int(),
  note: z.string(),
});
export const activityDetail = z.object({ activity, reachEntries: z.array(activityReachEntry) });

export const activityProgress = z.object({
  byKind: z.array(z.object({ kind: z.enum(activityKinds), count: z.number().int() })),
  byTheme: z.array(
    z.object({ themeId: z.uuid().nullable(), themeName: z.string(), counts: z.array(z.object({ kind: z.enum(activityKinds), count: z.number().int() })) }),
  ),
  reach: activityReach,
  /** Phase-4 hours against the budget; `null` for who may not read hours. */
  hours: z.object({ budget: z.number(), booked: z.number(), onActivities: z.number() }).nullable(),
  lasting: z.array(z.object({ id: z.uuid(), title: z.string(), kind: z.enum(activityKinds), successorOwner: z.string() })),
});
export type ActivityProgress = z.infer<typeof activityProgress>;

/** Reach of an activity summed over its occasions and totals. */
export function sumReach(entries: readonly { participants: number; firstTimers: number }[]): { participants: number; firstTimers: number } {
  return entries.reduce((s, e) => ({ participants: s.participants + e.participants, firstTimers: s.firstTimers + e.firstTimers }), {
    participants: 0,
    firstTimers: 0,
  });
}

/**
 * Reach counts as shown outside the social team: the small-cell rule over the table of activities
 * by returning and first-time participants, so no count below the threshold shows, in a row, the
 * total, or by subtraction. Row totals are each activity's participants.
 */
export function protectReach(reaches: readonly { participants: number; firstTimers: number }[]): { perActivity: ActivityReach[]; total: ActivityReach } {
  if (reaches.length === 0) return { perActivity: [], total: { participants: 0, firstTimers: 0 } };
  const table = protectCounts(reaches.map((r) => [r.participants - r.firstTimers, r.firstTimers]));
  return {
    perActivity: reaches.map((_, i) => ({ participants: table.rowTotals[i] ?? null, firstTimers: table.cells[i]![1] ?? null })),
    total: { participants: table.total, firstTimers: table.columnTotals[1] ?? null },
  };
}

/** Activities per kind and per theme (an activity without a theme counts under `null`). */
export function activityCounts(activities: readonly { kind: ActivityKind; themeIds: readonly string[] }[]) {
  const byKind = activityKinds.map((kind) => ({ kind, count: activities.filter((a) => a.kind === kind).length }));
  const themeKeys = [...new Set(activities.flatMap((a): (string | null)[] => (a.themeIds.length ? [...a.themeIds] : [null])))];
  const byTheme = themeKeys.map((themeId) => ({
    themeId,
    counts: activityKinds.map((kind) => ({
      kind,
      count: activities.filter((a) => a.kind === kind && (themeId === null ? a.themeIds.length === 0 : a.themeIds.includes(themeId))).length,
    })),
  }));
  return { byKind, byTheme };
}
