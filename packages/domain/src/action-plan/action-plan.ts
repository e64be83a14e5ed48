import { z } from 'zod';
import { socialTeamRoles, type ProjectRole } from '../access/roles.js';
import { activityKinds, activityRecurrences, activityStatuses } from '../activities/activities.js';
import { nextReviewStage, reviewStages, type ReviewStage } from '../picture/publications.js';
import { optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Phase 4 "social connecting": the action plan the social team makes with the resident project
 * group (handbook, appendix 11). It is versioned and reviewed like the picture of the neighbourhood
 * (concept → outside reader → resident project group → published) and carries no personal data:
 * every text in it has passed the identifying-details check.
 */
/** Strengthen what goes well, improve what needs attention (handbook, "Actieplan met bewoners"). */
export const goalKinds = ['strengthen', 'improve'] as const;
export type GoalKind = (typeof goalKinds)[number];

export const planReviewDecisions = ['approve', 'send_back'] as const;
export type PlanReviewDecision = (typeof planReviewDecisions)[number];

/** Whether a role is of the social team, which makes and steers the plan. */
const isTeam = (role: ProjectRole | null) => role !== null && socialTeamRoles.includes(role);

/**
 * Which stages of the plan a role sees: the social team every one; the resident project group the
 * concept it co-writes, its own review and what is published; everyone else in the project only the
 * published plan.
 */
export function planStagesFor(role: ProjectRole | null): readonly ReviewStage[] {
  if (isTeam(role)) return reviewStages;
  if (role === 'resident_group') return ['concept', 'resident_group', 'published'];
  return ['published'];
}

/** Goals and the activities they propose change only in a concept; a version sent back becomes a concept again. */
export function planEditable(stage: ReviewStage): boolean {
  return stage === 'concept';
}

/** Who may edit a concept's goals: the social team and the resident project group. */
export function mayProposeGoals(role: ProjectRole | null): boolean {
  return isTeam(role) || role === 'resident_group';
}

/**
 * Who records the review of a stage: the team sends its concept on and records the outside reader's
 * review; the resident project group records its own (the team may record it for the group's
 * meeting, when members have no account). The group reviews no other stage.
 */
export function mayReviewPlanStage(role: ProjectRole | null, stage: ReviewStage): boolean {
  if (stage === 'published') return false;
  if (stage === 'resident_group') return isTeam(role) || role === 'resident_group';
  return isTeam(role);
}

/** Where a review takes the version: on to the next stage, or back to a concept to be worked on. Null: not possible. */
export function planStageAfter(stage: ReviewStage, decision: PlanReviewDecision): ReviewStage | null {
  if (stage === 'published') return null;
  if (decision === 'approve') return nextReviewStage(stage);
  return stage === 'concept' ? null : 'concept';
}

/** A new version may be started only when no other is under way (one plan at a time, as in appendix 11). */
export function mayStartPlanVersion(stages: readonly ReviewStage[]): boolean {
  return stages.every((s) => s === 'published');
}

/**
 * The themes a goal may point at: those of the top 5 lists (promising and concern) of the picture.
 * Answers the positions of ids that are not.
 */
export function themesOutsideTopLists(themeIds: readonly string[], topLists: { promising: readonly string[]; concern: readonly string[] }): number[] {
  const allowed = new Set([...topLists.promising, ...topLists.concern]);
  return themeIds.flatMap((id, i) => (allowed.has(id) ? [] : [i]));
}

export const planVersionInput = z.object({
  title: requiredText(120),
  introduction: optionalText(3000).default(''),
});
export type PlanVersionInput = z.output<typeof planVersionInput>;

export const planGoalInput = z.object({
  kind: z.enum(goalKinds, 'errors.choice'),
  title: requiredText(160),
  description: optionalText(3000).default(''),
  themeIds: z.array(uuid).max(10, 'errors.tooMany').default([]),
  outcomeIds: z.array(uuid).max(20, 'errors.tooMany').default([]),
  /** Activities of the register the goal works through. */
  activityIds: z.array(uuid).max(30, 'errors.tooMany').default([]),
});
export type PlanGoalInput = z.output<typeof planGoalInput>;

export const planReviewInput = z
  .object({ decision: z.enum(planReviewDecisions, 'errors.choice'), note: optionalText(2000).default('') })
  .refine((r) => r.decision !== 'send_back' || r.note.length > 0, { path: ['note'], message: 'errors.required' });
export type PlanReviewInput = z.output<typeof planReviewInput>;

/**
 * A new activity proposed in a concept of the plan: it goes into the activity register as
 * `proposed`, linked to the goal, where the team works it out (owners, partners, budget).
 */
export const planActivityProposal = z.object({
  kind: z.enum(activityKinds, 'errors.choice'),
  title: requiredText(200),
  description: optionalText(4000).default(''),
  place: optionalText(200).default(''),
});
export type PlanActivityProposal = z.output<typeof planActivityProposal>;

export const planVersionParams = z.object({ id: uuid, versionId: uuid });
export const planGoalParams = z.object({ id: uuid, versionId: uuid, goalId: uuid });

/** An activity as the plan shows it: no names, reach as counts that outside the team follow the small-cell rule. */
export const planActivity = z.object({
  id: z.uuid(),
  kind: z.enum(activityKinds),
  title: z.string(),
  description: z.string(),
  status: z.enum(activityStatuses),
  place: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  recurrence: z.enum(activityRecurrences),
  budgetEuros: z.number().nullable(),
  budgetHours: z.number().nullable(),
  partners: z.array(z.string()),
  lasts: z.boolean(),
  successorOwner: z.string(),
  reach: z.object({ participants: z.number().int().nullable(), firstTimers: z.number().int().nullable() }),
});
export type PlanActivity = z.infer<typeof planActivity>;

export const planGoal = z.object({
  id: z.uuid(),
  kind: z.enum(goalKinds),
  title: z.string(),
  description: z.string(),
  themes: z.array(z.object({ id: z.uuid(), name: z.string(), valence: z.enum(['promising', 'concern']) })),
  outcomes: z.array(z.object({ id: z.uuid(), text: z.string() })),
  activities: z.array(planActivity),
});
export type PlanGoal = z.infer<typeof planGoal>;

export const planVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  introduction: z.string(),
  stage: z.enum(reviewStages),
  createdByName: z.string(),
  createdAt: z.string(),
  /** What the caller may do with it now. */
  mayEdit: z.boolean(),
  mayReview: z.boolean(),
  reviews: z.array(z.object({ stage: z.enum(reviewStages), decision: z.enum(planReviewDecisions), note: z.string(), byName: z.string(), at: z.string() })),
  goals: z.array(planGoal),
});
export type PlanVersion = z.infer<typeof planVersion>;
export const actionPlan = z.object({ versions: z.array(planVersion), mayStartVersion: z.boolean() });
export type ActionPlan = z.infer<typeof actionPlan>;

/** What a goal can be linked to: the top 5 themes and the outcomes of the conversations about the picture. */
export const planSources = z.object({
  themes: z.array(z.object({ id: z.uuid(), name: z.string(), valence: z.enum(['promising', 'concern']) })),
  outcomes: z.array(z.object({ id: z.uuid(), text: z.string(), heldOn: z.string(), withWhom: z.string() })),
  activities: z.array(z.object({ id: z.uuid(), kind: z.enum(activityKinds), title: z.string(), status: z.enum(activityStatuses) })),
});
export type PlanSources = z.infer<typeof planSources>;
