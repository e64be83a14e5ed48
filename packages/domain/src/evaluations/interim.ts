import { z } from 'zod';
import { phaseKeys } from '../projects/phases.js';
import { actionStatuses } from '../signals/signals.js';
import { goalReview, goalReviewInput } from '../preparation/preparation.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Interim evaluations of phase 5 (handbook "Fase 5 Evaluatie"): at the end of each phase of the
 * approach, per building phase and once a year, the team and the resident project group look back.
 * What is written here is read by the whole project team and the resident project group, so every
 * free text passes the identifying-details check; residents who took part are a count, never names.
 */
export const interimKinds = ['phase_end', 'building_phase', 'yearly'] as const;
export type InterimKind = (typeof interimKinds)[number];

/** The three parties of the collaboration, rated per pair. */
export const collaborationPairs = ['corporationContractor', 'corporationWelfare', 'contractorWelfare'] as const;
export type CollaborationPair = (typeof collaborationPairs)[number];
/** A short rating a project leader fills in at a desk: three steps, or not discussed (null). */
export const collaborationRatings = ['good', 'reasonable', 'needs_attention'] as const;
export type CollaborationRating = (typeof collaborationRatings)[number];

const rating = z.enum(collaborationRatings, 'errors.choice').nullable().default(null);

/** An adjustment agreed at the evaluation: it becomes an action with an owner on the action list. */
export const interimAdjustmentInput = z.object({
  /** The action it already became (when the evaluation is changed), or none for a new one. */
  actionId: uuid.nullable().default(null),
  title: requiredText(200),
  ownerId: z.uuid('errors.choice'),
  dueOn: isoDate.nullable().default(null),
});
export type InterimAdjustmentInput = z.output<typeof interimAdjustmentInput>;

export const interimEvaluationInput = z
  .object({
    kind: z.enum(interimKinds, 'errors.choice'),
    /** With `phase_end`: the phase of the approach that ended. */
    phase: z.enum(phaseKeys, 'errors.choice').nullable().default(null),
    /** With `building_phase`: the building phase looked back on. */
    buildingPhaseId: uuid.nullable().default(null),
    /** With `yearly`: the year looked back on. */
    year: z.number('errors.invalid').int('errors.invalid').min(2000, 'errors.invalid').max(2100, 'errors.invalid').nullable().default(null),
    heldOn: isoDate,
    wentWell: optionalText(4000).default(''),
    bottlenecks: optionalText(4000).default(''),
    collaboration: z
      .object({ corporationContractor: rating, corporationWelfare: rating, contractorWelfare: rating })
      .default({ corporationContractor: null, corporationWelfare: null, contractorWelfare: null }),
    collaborationNote: optionalText(2000).default(''),
    /** Professionals of the project team who took part. */
    participantIds: z.array(uuid).max(30, 'errors.tooMany').default([]),
    /** Members of the resident project group present: a count, never names. */
    residentGroupPresent: z.number('errors.invalid').int('errors.invalid').min(0, 'errors.notNegative').max(100, 'errors.tooLarge').default(0),
    adjustments: z.array(interimAdjustmentInput).max(20, 'errors.tooMany').default([]),
    /** How the joint goals set at the start are doing (phase 1): one note and status per goal looked at. */
    goalReviews: z.array(goalReviewInput).max(20, 'errors.tooMany').default([]),
  })
  .refine((e) => e.kind !== 'phase_end' || e.phase !== null, { path: ['phase'], message: 'errors.required' })
  .refine((e) => e.kind !== 'building_phase' || e.buildingPhaseId !== null, { path: ['buildingPhaseId'], message: 'errors.required' })
  .refine((e) => e.kind !== 'yearly' || e.year !== null, { path: ['year'], message: 'errors.required' })
  .refine((e) => new Set(e.adjustments.flatMap((a) => (a.actionId ? [a.actionId] : []))).size === e.adjustments.filter((a) => a.actionId).length, {
    path: ['adjustments'],
    message: 'errors.invalid',
  })
  .refine((e) => new Set(e.goalReviews.map((r) => r.goalId)).size === e.goalReviews.length, { path: ['goalReviews'], message: 'errors.duplicate' })
  // Only the subject of its own kind is kept.
  .transform((e) => ({
    ...e,
    phase: e.kind === 'phase_end' ? e.phase : null,
    buildingPhaseId: e.kind === 'building_phase' ? e.buildingPhaseId : null,
    year: e.kind === 'yearly' ? e.year : null,
  }));
export type InterimEvaluationInput = z.output<typeof interimEvaluationInput>;

/** Every free text of an evaluation with the path of its field, for the identifying-details check. */
export function interimEvaluationTexts(input: InterimEvaluationInput): { path: (string | number)[]; text: string }[] {
  return [
    { path: ['wentWell'], text: input.wentWell },
    { path: ['bottlenecks'], text: input.bottlenecks },
    { path: ['collaborationNote'], text: input.collaborationNote },
    ...input.goalReviews.map((r, i) => ({ path: ['goalReviews', i, 'note'], text: r.note })),
  ].filter((t) => t.text !== '');
}

export const interimAdjustment = z.object({
  actionId: z.uuid(),
  title: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  overdue: z.boolean(),
});
export type InterimAdjustment = z.infer<typeof interimAdjustment>;

export const interimEvaluation = z.object({
  id: z.uuid(),
  kind: z.enum(interimKinds),
  phase: z.enum(phaseKeys).nullable(),
  buildingPhaseId: z.uuid().nullable(),
  buildingPhaseName: z.string().nullable(),
  year: z.number().int().nullable(),
  heldOn: z.string(),
  wentWell: z.string(),
  bottlenecks: z.string(),
  collaboration: z.object({
    corporationContractor: z.enum(collaborationRatings).nullable(),
    corporationWelfare: z.enum(collaborationRatings).nullable(),
    contractorWelfare: z.enum(collaborationRatings).nullable(),
  }),
  collaborationNote: z.string(),
  participants: z.array(z.object({ id: z.uuid(), name: z.string() })),
  residentGroupPresent: z.number().int(),
  adjustments: z.array(interimAdjustment),
  goalReviews: z.array(goalReview),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InterimEvaluation = z.infer<typeof interimEvaluation>;
export const interimEvaluationList = z.object({
  evaluations: z.array(interimEvaluation),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const interimEvaluationQuery = z.object({
  page: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').default(1),
  pageSize: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(200, 'errors.tooLarge').default(50),
});
export type InterimEvaluationQuery = z.output<typeof interimEvaluationQuery>;
export const interimEvaluationParams = z.object({ id: uuid, evaluationId: uuid });

/** The evaluation as the form edits it again: its adjustments point at the actions they became. */
export function interimInputOf(e: InterimEvaluation): InterimEvaluationInput {
  return {
    kind: e.kind,
    phase: e.phase,
    buildingPhaseId: e.buildingPhaseId,
    year: e.year,
    heldOn: e.heldOn,
    wentWell: e.wentWell,
    bottlenecks: e.bottlenecks,
    collaboration: { ...e.collaboration },
    collaborationNote: e.collaborationNote,
    participantIds: e.participants.map((p) => p.id),
    residentGroupPresent: e.residentGroupPresent,
    adjustments: e.adjustments.map((a) => ({ actionId: a.actionId, title: a.title, ownerId: a.ownerId, dueOn: a.dueOn })),
    goalReviews: e.goalReviews.map((r) => ({ goalId: r.goalId, status: r.status, note: r.note })),
  };
}

/**
 * What the evaluation does to the actions it made before: listed ones are changed, new ones added,
 * open ones no longer listed are cancelled (finished ones stay as they are).
 */
export function adjustmentChanges(
  existing: readonly { actionId: string; status: (typeof actionStatuses)[number] }[],
  adjustments: readonly InterimAdjustmentInput[],
): { update: InterimAdjustmentInput[]; create: InterimAdjustmentInput[]; cancel: string[] } {
  const listed = new Set(adjustments.flatMap((a) => (a.actionId ? [a.actionId] : [])));
  return {
    update: adjustments.filter((a) => a.actionId !== null),
    create: adjustments.filter((a) => a.actionId === null),
    cancel: existing.filter((e) => !listed.has(e.actionId) && (e.status === 'open' || e.status === 'in_progress')).map((e) => e.actionId),
  };
}
