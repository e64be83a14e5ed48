import { z } from 'zod';
import { socialTeamRoles, type ProjectRole } from '../access/roles.js';
import { protectCounts } from '../privacy/small-cells.js';
import { optionalText, uuid } from '../validation/common.js';
import { longPageLimit } from '../validation/long-page-limit.js';
import { cursorTimestamp, keysetCursor, pageOf } from '../validation/paging.js';

export const visitKinds = ['joint_intake', 'follow_up', 'final_visit', 'new_residents'] as const;
export type VisitKind = (typeof visitKinds)[number];

/** What came of a visit; a planned visit has none yet. */
/** At most this many people go on one visit (a pair, or a trio while a new colleague learns). */
export const maxVisitorsPerVisit = 3;

export const visitOutcomes = ['completed_with_conversation', 'technical_only', 'conversation_declined', 'not_at_home', 'moved', 'cancelled'] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];

export const contractorRoles: readonly ProjectRole[] = ['site_manager', 'contractor_social_worker'];

/**
 * What the contractor is told of a visit's outcome: what the works need (did it happen), never
 * whether a social conversation was held or declined.
 */
export const worksOutcomes = ['completed', 'not_at_home', 'moved', 'cancelled'] as const;
export type WorksOutcome = (typeof worksOutcomes)[number];

export function worksOutcome(outcome: VisitOutcome): WorksOutcome {
  return outcome === 'not_at_home' || outcome === 'moved' || outcome === 'cancelled' ? outcome : 'completed';
}

/**
 * The visits the contractor sees: joint intakes and visits a contractor goes on. The social team's
 * own visits (follow-up, final visit with a partner, new residents) are not for it: who gets social
 * follow-up is itself a care signal.
 */
export function contractorSeesVisit(kind: VisitKind, visitorRoles: readonly (ProjectRole | null)[]): boolean {
  return kind === 'joint_intake' || visitorRoles.some((role) => role !== null && contractorRoles.includes(role));
}

/** A local date and time in Europe/Amsterdam, as a `datetime-local` input gives it. */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'errors.dateTime');

export const visitInput = z.object({
  addressId: uuid,
  kind: z.enum(visitKinds, 'errors.choice'),
  startsAt: localDateTime,
  durationMinutes: z.number().int().min(15, 'errors.visitLength').max(240, 'errors.visitLength').default(60),
  visitorIds: z.array(uuid).min(1, 'errors.pickAtLeastOne').max(maxVisitorsPerVisit, 'errors.tooManyVisitors'),
  note: optionalText(500).default(''),
});
export type VisitInput = z.output<typeof visitInput>;

export const visitOutcomeInput = z.object({
  outcome: z.enum(visitOutcomes, 'errors.choice'),
  /** For "not at home": plan the next try at once. */
  retryAt: localDateTime.nullable().default(null),
});

export interface Visitor {
  userId: string;
  role: ProjectRole;
}

/**
 * Who may go on a visit: a joint intake is the contractor with someone of the social team (a pair,
 * or a trio while a new colleague does their first visits); other visits need the social team.
 * A final visit may take along a partner the household was referred to (the warm hand-over):
 * `handoverPartnerIds` are the partner users whose organisation holds such a referral with consent.
 */
export function visitTeamProblems(
  kind: VisitKind,
  visitors: readonly Visitor[],
  handoverPartnerIds: ReadonlySet<string> = new Set(),
): { path: (string | number)[]; key: string }[] {
  const problems: { path: (string | number)[]; key: string }[] = [];
  const unique = new Set(visitors.map((v) => v.userId));
  if (unique.size !== visitors.length) problems.push({ path: ['visitorIds'], key: 'errors.duplicate' });
  const social = visitors.filter((v) => socialTeamRoles.includes(v.role));
  const contractor = visitors.filter((v) => contractorRoles.includes(v.role));
  visitors.forEach((v, i) => {
    const handover = kind === 'final_visit' && v.role === 'partner_contact' && handoverPartnerIds.has(v.userId);
    if (!socialTeamRoles.includes(v.role) && !contractorRoles.includes(v.role) && !handover)
      problems.push({ path: ['visitorIds', i], key: 'errors.notAVisitor' });
  });
  // A pair of the social team may hold the joint intake before the contractor's planning is known
  // (the default kind when planning a week); one social visitor alone is no joint intake.
  if (kind === 'joint_intake' && contractor.length === 0 && social.length < 2) problems.push({ path: ['visitorIds'], key: 'errors.intakeNeedsContractor' });
  if (social.length === 0) problems.push({ path: ['visitorIds'], key: 'errors.visitNeedsSocialTeam' });
  return problems;
}

/** Advice that does not block: a joint intake of a social pair still waits for the contractor. */
export function visitTeamAdvice(kind: VisitKind, visitors: readonly Visitor[]): string[] {
  return kind === 'joint_intake' && !visitors.some((v) => contractorRoles.includes(v.role)) ? ['planWeek.intakeWithoutContractor'] : [];
}

/** The first two conversations of a social team member are held in pairs (handbook, phase 2). */
export function needsPartnerForFirstVisits(conversationsHeld: number, socialVisitorsOnVisit: number): boolean {
  return conversationsHeld < 2 && socialVisitorsOnVisit < 2;
}

/**
 * Progress as the contractor sees it: homes and homes visited per group, nothing about conversations,
 * and every count through the small-cell rule (a group of 1 to 4 homes, or 1 to 4 visited or not yet
 * visited, is not shown, nor what would give it away). Returns the groups and the table's total.
 */
export function worksProgress(groups: readonly { homes: number; visited: number }[]) {
  const table = protectCounts(groups.map((g) => [g.visited, g.homes - g.visited]));
  const shown = (homes: number | null, visited: number | null) => ({
    homes,
    visited,
    withConversation: null,
    visitedPct: homes === null || visited === null ? null : homes === 0 ? 0 : Math.round((visited / homes) * 100),
    conversationPct: null,
  });
  return { groups: groups.map((_, i) => shown(table.rowTotals[i]!, table.cells[i]![0]!)), total: shown(table.total, table.columnTotals[0] ?? null) };
}

/** Share of homes visited and with a social conversation, as whole percentages (for progress). */
export function visitProgress(homes: number, visited: number, withConversation: number) {
  const pct = (n: number) => (homes === 0 ? 0 : Math.round((n / homes) * 100));
  return { homes, visited, withConversation, visitedPct: pct(visited), conversationPct: pct(withConversation) };
}

export const visit = z.object({
  id: z.uuid(),
  addressId: z.uuid(),
  /** Street, number and addition: the address, never the resident. */
  addressLabel: z.string(),
  kind: z.enum(visitKinds),
  startsAt: z.string(),
  endsAt: z.string(),
  visitors: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: z.string() })),
  /** The contractor is told `completed` for every visit that took place (see `worksOutcome`). */
  outcome: z.enum([...visitOutcomes, 'completed']).nullable(),
  /** A registration of the conversation has been saved (which one is not said: content stays apart); always false for the contractor. */
  registered: z.boolean(),
  /** The day (Amsterdam) the invitation letter for this visit was first made; null before that. */
  invitedOn: z.string().nullable(),
  note: z.string(),
  /** Advice that does not block planning, e.g. a new colleague's first visits in pairs. */
  warnings: z.array(z.string()),
});
export type Visit = z.infer<typeof visit>;
export const visitList = z.object({ visits: z.array(visit) });
/** A row of the visit list: what the day, week and letter lists show (planning advice only comes with a save). */
export const visitListItem = visit.omit({ warnings: true });
export type VisitListItem = z.infer<typeof visitListItem>;
export const visitPage = pageOf(visitListItem);
export const visitQuery = z.object({
  limit: longPageLimit,
  /** After the start time (the database's, to the microsecond) and id of the last visit shown. */
  cursor: keysetCursor(z.tuple([cursorTimestamp, z.uuid()])),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
    .optional(),
  visitorId: uuid.optional(),
  open: z.enum(['true', 'false']).optional(),
});
export const visitParams = z.object({ id: uuid, visitId: uuid });
/** `null`: a count kept from this reader (small-cell rule), or conversations, which the contractor is not told of. */
export const visitProgressGroup = z.object({
  groupId: z.string().nullable(),
  name: z.string(),
  homes: z.number().int().nullable(),
  visited: z.number().int().nullable(),
  withConversation: z.number().int().nullable(),
  visitedPct: z.number().int().nullable(),
  conversationPct: z.number().int().nullable(),
});
export const visitProgressResponse = z.object({
  total: visitProgressGroup,
  byBuildingPhase: z.array(visitProgressGroup),
  bySubNeighbourhood: z.array(visitProgressGroup),
});
export const calendarFeed = z.object({ url: z.string() });

/**
 * The roles whose work in a project is at the door (the social team's visitors and the contractor):
 * they open a project on their visits of today. The project leader runs the project from its overview.
 */
export const doorRoles: readonly ProjectRole[] = ['housing_consultant', 'community_worker', ...contractorRoles];

export function opensOnToday(role: ProjectRole): boolean {
  return doorRoles.includes(role);
}

/** Outcomes that say something about the social conversation: for the social team to record. */
export const conversationOutcomes: readonly VisitOutcome[] = ['completed_with_conversation', 'conversation_declined'];
/** Outcomes the contractor may record: nothing about the social conversation. */
export const contractorOutcomes: readonly VisitOutcome[] = visitOutcomes.filter((o) => !conversationOutcomes.includes(o));
