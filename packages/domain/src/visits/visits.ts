import { z } from 'zod';
import { socialTeamRoles, type ProjectRole } from '../access/roles.js';
import { optionalText, uuid } from '../validation/common.js';

export const visitKinds = ['joint_intake', 'follow_up', 'final_visit', 'new_residents'] as const;
export type VisitKind = (typeof visitKinds)[number];

/** What came of a visit; a planned visit has none yet. */
export const visitOutcomes = ['completed_with_conversation', 'technical_only', 'conversation_declined', 'not_at_home', 'moved', 'cancelled'] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];

export const contractorRoles: readonly ProjectRole[] = ['site_manager', 'contractor_social_worker'];

/** A local date and time in Europe/Amsterdam, as a `datetime-local` input gives it. */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'errors.dateTime');

export const visitInput = z.object({
  addressId: uuid,
  kind: z.enum(visitKinds, 'errors.choice'),
  startsAt: localDateTime,
  durationMinutes: z.number().int().min(15, 'errors.visitLength').max(240, 'errors.visitLength').default(60),
  visitorIds: z.array(uuid).min(1, 'errors.pickAtLeastOne').max(3, 'errors.tooManyVisitors'),
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
 */
export function visitTeamProblems(kind: VisitKind, visitors: readonly Visitor[]): { path: (string | number)[]; key: string }[] {
  const problems: { path: (string | number)[]; key: string }[] = [];
  const unique = new Set(visitors.map((v) => v.userId));
  if (unique.size !== visitors.length) problems.push({ path: ['visitorIds'], key: 'errors.duplicate' });
  const social = visitors.filter((v) => socialTeamRoles.includes(v.role));
  const contractor = visitors.filter((v) => contractorRoles.includes(v.role));
  visitors.forEach((v, i) => {
    if (!socialTeamRoles.includes(v.role) && !contractorRoles.includes(v.role)) problems.push({ path: ['visitorIds', i], key: 'errors.notAVisitor' });
  });
  if (kind === 'joint_intake') {
    if (contractor.length === 0) problems.push({ path: ['visitorIds'], key: 'errors.intakeNeedsContractor' });
    if (social.length === 0) problems.push({ path: ['visitorIds'], key: 'errors.visitNeedsSocialTeam' });
  } else if (social.length === 0) problems.push({ path: ['visitorIds'], key: 'errors.visitNeedsSocialTeam' });
  return problems;
}

/** The first two conversations of a social team member are held in pairs (handbook, phase 2). */
export function needsPartnerForFirstVisits(conversationsHeld: number, socialVisitorsOnVisit: number): boolean {
  return conversationsHeld < 2 && socialVisitorsOnVisit < 2;
}

/** Share of homes visited and with a social conversation, as whole percentages (for progress). */
export function visitProgress(homes: number, visited: number, withConversation: number) {
  const pct = (n: number) => (homes === 0 ? 0 : Math.round((n / homes) * 100));
  return { homes, visited, withConversation, visitedPct: pct(visited), conversationPct: pct(withConversation) };
}
