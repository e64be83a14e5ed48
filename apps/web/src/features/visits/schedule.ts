import {
  contractorOutcomes,
  contractorRoles,
  visitOutcomes,
  type ProjectPermission,
  type ProjectRole,
  type VisitListItem,
  type VisitKind,
  type VisitOutcome,
} from '@thuis/domain';

/** The roles that go on home visits: the social team and the contractor. */
export const visitorRoles: readonly ProjectRole[] = ['project_leader', 'housing_consultant', 'community_worker', ...contractorRoles];

/**
 * The team members offered as visitors for a kind of visit. A final visit may also take along a
 * partner contact (the warm hand-over); whether that partner holds a referral with consent for the
 * household is the server's call, which says so when not.
 */
export function visitorChoices<M extends { role: ProjectRole }>(members: readonly M[], kind: string): M[] {
  return members.filter((m) => visitorRoles.includes(m.role) || (kind === ('final_visit' satisfies VisitKind) && m.role === 'partner_contact'));
}

/** The outcomes offered when recording a visit: everything with `visits.plan` (social team), else the contractor's. */
export function outcomeChoices(permissions: readonly ProjectPermission[]): readonly VisitOutcome[] {
  return permissions.includes('visits.plan') ? visitOutcomes : contractorOutcomes;
}

/**
 * The outcomes offered as one tap on today's list, the ones that happen at nearly every door; the
 * others (moved, cancelled, a new try at a set time) go through the full form.
 */
export function doorOutcomes(permissions: readonly ProjectPermission[]): readonly VisitOutcome[] {
  const common: readonly VisitOutcome[] = ['completed_with_conversation', 'technical_only', 'not_at_home', 'conversation_declined'];
  const allowed = outcomeChoices(permissions);
  // The social team holds the conversation; "technical only" is the contractor's usual outcome.
  return common.filter((o) => allowed.includes(o) && (o !== 'technical_only' || !permissions.includes('visits.plan')));
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !isoDate.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date plus `days` (calendar arithmetic, no time zones involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week a date lies in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The query range of one day: `to` is exclusive. */
export function dayRange(date: string): { from: string; to: string } {
  return { from: date, to: addDays(date, 1) };
}

/** Monday to Sunday of the week a date lies in; `to` (the next Monday) is exclusive. */
export function weekRange(date: string): { from: string; to: string; days: string[] } {
  const from = mondayOf(date);
  return { from, to: addDays(from, 7), days: Array.from({ length: 7 }, (_, i) => addDays(from, i)) };
}

/** "10:00" of a local 'YYYY-MM-DDTHH:mm'. */
export const timeOf = (localDateTime: string) => localDateTime.slice(11, 16);
/** "2026-03-02" of a local 'YYYY-MM-DDTHH:mm'. */
export const dateOf = (localDateTime: string) => localDateTime.slice(0, 10);

/** Visits in time order, then by address. */
export function sortVisits<V extends VisitListItem>(visits: readonly V[]): V[] {
  return [...visits].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.addressLabel.localeCompare(b.addressLabel));
}

/** The visits of a week per day (every day present, also without visits), each in time order. */
export function groupByDay<V extends VisitListItem>(visits: readonly V[], days: readonly string[]): { date: string; visits: V[] }[] {
  const sorted = sortVisits(visits);
  return days.map((date) => ({ date, visits: sorted.filter((v) => dateOf(v.startsAt) === date) }));
}

/** Minutes between two local 'YYYY-MM-DDTHH:mm' times (both in Amsterdam, so no offset needed within a day). */
export function minutesBetween(start: string, end: string): number {
  const toUtc = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16));
  return Math.round((toUtc(end) - toUtc(start)) / 60000);
}
