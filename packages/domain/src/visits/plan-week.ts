import { z } from 'zod';
import { isoDate, optionalText, uuid } from '../validation/common.js';
import { localDateTime, maxVisitorsPerVisit, visitKinds } from './visits.js';

/** At most this many visits are planned in one go: a few weeks of a pair's work. */
export const maxVisitsPerBatch = 200;

const visitorIds = z.array(uuid).min(1, 'errors.pickAtLeastOne').max(maxVisitorsPerVisit, 'errors.tooManyVisitors');
const durationMinutes = z.number().int().min(15, 'errors.visitLength').max(240, 'errors.visitLength');

/** Planning many homes at once: the homes, the visitors once, and the time slots to spread them over. */
export const visitSpreadInput = z.object({
  addressIds: z.array(uuid).min(1, 'errors.pickAtLeastOne').max(maxVisitsPerBatch, 'errors.tooLong'),
  kind: z.enum(visitKinds, 'errors.choice'),
  visitorIds,
  /** The first day (weekends are skipped) and the first slot's local time in Amsterdam. */
  firstDay: isoDate,
  firstTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'planWeek.errors.time'),
  durationMinutes,
  slotsPerDay: z.number().int().min(1, 'planWeek.errors.slotsPerDay').max(12, 'planWeek.errors.slotsPerDay'),
  days: z.number().int().min(1, 'planWeek.errors.days').max(20, 'planWeek.errors.days'),
});
export type VisitSpreadInput = z.output<typeof visitSpreadInput>;

/** Why a home gets no slot: its household objected to contact, it already has an open visit, or the slots ran out. */
export const spreadProblems = ['objection', 'openVisit', 'noSlot', 'privacyPlan'] as const;
export type SpreadProblem = (typeof spreadProblems)[number];

export const proposedVisit = z.object({
  addressId: z.uuid(),
  /** Street and number: the address, never the resident. */
  addressLabel: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  problem: z.enum(spreadProblems).nullable(),
});
export type ProposedVisit = z.infer<typeof proposedVisit>;
export const visitSpreadProposal = z.object({
  visits: z.array(proposedVisit),
  /** Slots passed over because a visitor already has a visit then (local start times). */
  busySlots: z.array(z.object({ startsAt: z.string(), visitorNames: z.array(z.string()) })),
});
export type VisitSpreadProposal = z.infer<typeof visitSpreadProposal>;

/**
 * Saving a proposal: every visit or none. `requestId` is made once per proposal by the client, so a
 * retry after a lost answer returns the visits planned the first time instead of planning them twice.
 */
export const visitBatchInput = z.object({
  requestId: uuid,
  kind: z.enum(visitKinds, 'errors.choice'),
  visitorIds,
  durationMinutes,
  note: optionalText(500).default(''),
  visits: z
    .array(z.object({ addressId: uuid, startsAt: localDateTime }))
    .min(1, 'errors.pickAtLeastOne')
    .max(maxVisitsPerBatch, 'errors.tooLong'),
});
export type VisitBatchInput = z.output<typeof visitBatchInput>;
export const visitBatchResult = z.object({
  requestId: z.uuid(),
  visitIds: z.array(z.uuid()),
  /** True when this request had been saved before (a retry): nothing new was planned. */
  repeated: z.boolean(),
  warnings: z.array(z.string()),
});
export type VisitBatchResult = z.infer<typeof visitBatchResult>;

export interface SpreadHome {
  addressId: string;
  addressLabel: string;
  /** The household living there objected to contact. */
  noContact: boolean;
  /** A visit without an outcome is already planned there. */
  openVisit: boolean;
}

/** A visit a visitor already has, in local Amsterdam time ('YYYY-MM-DDTHH:mm'). */
export interface BusyTime {
  visitorName: string;
  startsAt: string;
  endsAt: string;
}

/** Minutes since 1970 of a local 'YYYY-MM-DDTHH:mm' (calendar arithmetic; all times are Amsterdam's). */
function minutes(local: string): number {
  return Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16)) / 60_000;
}
function local(mins: number): string {
  return new Date(mins * 60_000).toISOString().slice(0, 16);
}

/** The working days from `firstDay` on: Saturdays and Sundays are no visiting days. */
export function workingDays(firstDay: string, count: number): string[] {
  const days: string[] = [];
  const d = new Date(`${firstDay}T12:00:00Z`);
  while (days.length < count) {
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

/**
 * Spreads homes over time slots, in the order given: `slotsPerDay` back-to-back slots of
 * `durationMinutes` from `firstTime` on each of `days` working days. A home whose household objected,
 * or that already has an open visit, gets no slot; a slot in which one of the visitors already has a
 * visit is passed over (so no visitor is ever in two places); homes left when the slots run out get
 * `noSlot`. Without a signed privacy plan no home gets a slot (the handbook's condition for any visit).
 */
export function spreadVisits(
  homes: readonly SpreadHome[],
  settings: Pick<VisitSpreadInput, 'firstDay' | 'firstTime' | 'durationMinutes' | 'slotsPerDay' | 'days'>,
  busy: readonly BusyTime[] = [],
  { privacyPlanSigned = true }: { privacyPlanSigned?: boolean } = {},
): VisitSpreadProposal {
  const slots = workingDays(settings.firstDay, settings.days).flatMap((day) =>
    Array.from({ length: settings.slotsPerDay }, (_, i) => minutes(`${day}T${settings.firstTime}`) + i * settings.durationMinutes),
  );
  const busySlots: VisitSpreadProposal['busySlots'] = [];
  const free = slots.filter((start) => {
    const end = start + settings.durationMinutes;
    const names = [...new Set(busy.filter((b) => minutes(b.startsAt) < end && minutes(b.endsAt) > start).map((b) => b.visitorName))];
    if (names.length) busySlots.push({ startsAt: local(start), visitorNames: names });
    return names.length === 0;
  });
  let next = 0;
  const visits = homes.map((home): ProposedVisit => {
    const row = { addressId: home.addressId, addressLabel: home.addressLabel, startsAt: null, endsAt: null };
    if (!privacyPlanSigned) return { ...row, problem: 'privacyPlan' };
    if (home.noContact) return { ...row, problem: 'objection' };
    if (home.openVisit) return { ...row, problem: 'openVisit' };
    const start = free[next++];
    if (start === undefined) return { ...row, problem: 'noSlot' };
    return { ...row, startsAt: local(start), endsAt: local(start + settings.durationMinutes), problem: null };
  });
  return { visits, busySlots };
}

/**
 * Problems within a batch before the database is asked: the same home twice, or two visits of the
 * same visitors that overlap. Paths point at the visit (`visits.i.field`).
 */
export function batchProblems(visits: readonly { addressId: string; startsAt: string }[], durationMinutes: number) {
  const problems: { index: number; field: 'addressId' | 'startsAt'; key: string }[] = [];
  const seen = new Set<string>();
  const taken: number[] = [];
  visits.forEach((v, index) => {
    if (seen.has(v.addressId)) problems.push({ index, field: 'addressId', key: 'errors.duplicate' });
    seen.add(v.addressId);
    const start = minutes(v.startsAt);
    if (taken.some((t) => t < start + durationMinutes && start < t + durationMinutes))
      problems.push({ index, field: 'startsAt', key: 'planWeek.errors.overlap' });
    taken.push(start);
  });
  return problems;
}

/**
 * The visitors of a batch already busy at each of its visits (their other visits in `busy`): by the
 * index of the visit, the names of those double-booked.
 */
export function busyClashes(visits: readonly { startsAt: string }[], durationMinutes: number, busy: readonly BusyTime[]): Map<number, string[]> {
  const clashes = new Map<number, string[]>();
  visits.forEach((v, index) => {
    const start = minutes(v.startsAt);
    const names = [...new Set(busy.filter((b) => minutes(b.startsAt) < start + durationMinutes && minutes(b.endsAt) > start).map((b) => b.visitorName))];
    if (names.length) clashes.set(index, names);
  });
  return clashes;
}
