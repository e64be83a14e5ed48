import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

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
export const signalList = z.object({ signals: z.array(signal) });
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
});
export type Action = z.infer<typeof action>;
export const actionList = z.object({ actions: z.array(action) });
/** Filters of the action list: kind (signal category), owner, building phase, overdue, status. */
export const actionQuery = z.object({
  category: z.enum(signalCategories as [SignalCategory, ...SignalCategory[]], 'errors.choice').optional(),
  ownerId: uuid.optional(),
  buildingPhaseId: uuid.optional(),
  status: z.enum(actionStatuses, 'errors.choice').optional(),
  overdue: z.enum(['true', 'false'], 'errors.choice').optional(),
});
export const actionParams = z.object({ id: uuid, actionId: uuid });

/** The signed-in person's reminders across projects: their own overdue actions. */
export const myReminders = z.object({
  overdueActions: z.array(z.object({ id: z.uuid(), projectId: z.uuid(), projectName: z.string(), title: z.string(), dueOn: z.string() })),
});
