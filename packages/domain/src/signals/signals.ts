import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';
import { cursorDate, cursorTimestamp, keysetCursor, pageLimit, pageOf } from '../validation/paging.js';

/**
 * Signals picked up at the door or in the neighbourhood (handbook "Uitzetten directe acties"):
 * care signals, wellbeing questions, questions about the works, chances for participation.
 */
export const signalKinds = {
  care: ['psychological', 'social', 'physical', 'financial', 'health'],
  wellbeing: ['loneliness', 'involvement', 'exercise'],
  works: ['packing_help', 'valuables', 'disability'],
  participation: ['volunteering', 'activity', 'talent'],
} as const;
export type SignalCategory = keyof typeof signalKinds;
export const signalCategories = Object.keys(signalKinds) as SignalCategory[];
export const signalSubjects = Object.values(signalKinds).flat();
export type SignalSubject = (typeof signalSubjects)[number];

export const signalInput = z
  .object({
    category: z.enum(signalCategories as [SignalCategory, ...SignalCategory[]], 'errors.choice'),
    subject: z.enum(signalSubjects as unknown as [SignalSubject, ...SignalSubject[]], 'errors.choice'),
    /** The visit it came from, or none when noticed elsewhere in the neighbourhood. */
    visitId: uuid.nullable().default(null),
    /** Where it was noticed when not at a visit (a visit's address gives its own building phase). */
    buildingPhaseId: uuid.nullable().default(null),
    /** What was noticed, anonymised: checked for identifying details like every free text. */
    description: requiredText(2000),
  })
  .refine((s) => (signalKinds[s.category] as readonly string[]).includes(s.subject), { path: ['subject'], message: 'errors.subjectNotInCategory' });
export type SignalInput = z.output<typeof signalInput>;

export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/** An action on the project's (anonymised) action list; title and note pass the identifying-details check. */
export const actionUpdate = z.object({
  title: requiredText(200),
  ownerId: z.uuid('errors.choice'),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(actionStatuses, 'errors.choice').default('open'),
  note: optionalText(2000).default(''),
});
export const actionInput = actionUpdate.extend({
  /** The signal it follows up, or none for an action the team starts itself. */
  signalId: uuid.nullable().default(null),
});
export type ActionInput = z.output<typeof actionInput>;
export type ActionUpdate = z.output<typeof actionUpdate>;

/** An action is overdue on `today` when it has a due date before today and is not finished. */
export function isOverdue(action: { dueOn: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueOn !== null && action.dueOn < today && (action.status === 'open' || action.status === 'in_progress');
}

export const signal = z.object({
  id: z.uuid(),
  category: z.string(),
  subject: z.string(),
  description: z.string(),
  fromVisit: z.boolean(),
  buildingPhaseId: z.uuid().nullable(),
  buildingPhaseName: z.string().nullable(),
  reportedByName: z.string(),
  handedOverByContractor: z.boolean(),
  createdAt: z.string(),
});
/** A page of the signal list, newest first. */
export const signalPage = pageOf(signal);
const signalCategoryChoice = z.enum(signalCategories as [SignalCategory, ...SignalCategory[]], 'errors.choice');
/** Filters of the signal list: kind, building phase, or one signal (`id`, to start an action or referral from it). */
export const signalQuery = z.object({
  category: signalCategoryChoice.optional(),
  buildingPhaseId: uuid.optional(),
  id: uuid.optional(),
  limit: pageLimit,
  cursor: keysetCursor(z.tuple([cursorTimestamp, z.uuid()])),
});
export type SignalQuery = z.output<typeof signalQuery>;
/** What the reporter gets back: a receipt, not the signal (the contractor never sees what follows). */
export const signalReceipt = z.object({ id: z.uuid(), received: z.literal(true) });

export const action = z.object({
  id: z.uuid(),
  signalId: z.uuid().nullable(),
  /** The interim evaluation that agreed on this action as an adjustment (a project-level action), if any. */
  interimEvaluationId: z.uuid().nullable(),
  interimEvaluationHeldOn: z.string().nullable(),
  category: z.string().nullable(),
  subject: z.string().nullable(),
  buildingPhaseId: z.uuid().nullable(),
  buildingPhaseName: z.string().nullable(),
  title: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  note: z.string(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Which home and which signal the action follows up, so that rows about the same kind of signal
   * can be told apart (issue 16). Only for readers of signals; null for an action without a signal
   * from a visit.
   */
  addressLabel: z.string().nullable().optional(),
  signalCreatedAt: z.string().nullable().optional(),
  signalDescription: z.string().nullable().optional(),
});
export type Action = z.infer<typeof action>;
/** A page of the action list: overdue first, then by due date (none last), title and id. */
export const actionPage = pageOf(action);
/** Filters of the action list: kind (signal category), owner, building phase, overdue, status. */
export const actionQuery = z.object({
  category: z.enum(signalCategories as [SignalCategory, ...SignalCategory[]], 'errors.choice').optional(),
  ownerId: uuid.optional(),
  buildingPhaseId: uuid.optional(),
  status: z.enum(actionStatuses, 'errors.choice').optional(),
  overdue: z.enum(['true', 'false'], 'errors.choice').optional(),
  limit: pageLimit,
  /** The sort key of the last row: overdue (0) or not (1), due day (9999-12-31 for none), title, id. */
  cursor: keysetCursor(z.tuple([z.number().int().min(0).max(1), cursorDate, z.string().max(200), z.uuid()])),
});
export const actionParams = z.object({ id: uuid, actionId: uuid });

/** The signed-in person's reminders across projects: their own overdue actions. */
export const myReminders = z.object({
  overdueActions: z.array(z.object({ id: z.uuid(), projectId: z.uuid(), projectName: z.string(), title: z.string(), dueOn: z.string() })),
});
