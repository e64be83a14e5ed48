import { z } from 'zod';
import { phaseKeys } from '../projects/phases.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Phase 1 of the approach ("Fase 1 Voorbereiding", handbook appendices 1–4): the orientation of
 * residents, the collaboration agreements with their task matrix, the joint goals, the
 * communication plan and the training register. None of it names a household; the orientation's
 * notes and themes pass the identifying-details check because they come from residents.
 */

// ---- orientation ("voororiëntatie") -------------------------------------------------------------

const themeLabel = requiredText(60);
export const orientationMeetingInput = z.object({
  heldOn: isoDate,
  place: requiredText(200),
  /** How many residents came: a count, never names. */
  attendees: z.number('errors.invalid').int('errors.invalid').min(0, 'errors.notNegative').max(1000, 'errors.tooLarge'),
  notes: optionalText(4000).default(''),
  /** Short labels of what residents raised ("what holds you back, what gives you strength"). */
  themes: z.array(themeLabel).max(20, 'errors.tooMany').default([]),
});
export type OrientationMeetingInput = z.output<typeof orientationMeetingInput>;
export const orientationMeeting = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  place: z.string(),
  attendees: z.number().int(),
  notes: z.string(),
  themes: z.array(z.string()),
  createdAt: z.string(),
});
export type OrientationMeeting = z.infer<typeof orientationMeeting>;
export const orientationMeetingList = z.object({ meetings: z.array(orientationMeeting) });
export const orientationMeetingParams = z.object({ id: uuid, meetingId: uuid });

/** Every free text of a meeting with the path of its field, for the identifying-details check. */
export function orientationTexts(input: OrientationMeetingInput): { path: (string | number)[]; text: string }[] {
  return [
    { path: ['place'], text: input.place },
    { path: ['notes'], text: input.notes },
    ...input.themes.map((text, i) => ({ path: ['themes', i], text })),
  ].filter((t) => t.text !== '');
}

/** The themes raised over all meetings, most often raised first (ties by label), case-insensitively merged. */
export function orientationThemeSuggestions(meetings: readonly { themes: readonly string[] }[]): { label: string; meetings: number }[] {
  const byKey = new Map<string, { label: string; meetings: number }>();
  for (const m of meetings) {
    for (const key of new Set(m.themes.map((t) => t.trim().toLocaleLowerCase('nl')))) {
      const label = m.themes.find((t) => t.trim().toLocaleLowerCase('nl') === key)!.trim();
      const seen = byKey.get(key);
      if (seen) seen.meetings += 1;
      else byKey.set(key, { label, meetings: 1 });
    }
  }
  return [...byKey.values()].sort((a, b) => b.meetings - a.meetings || a.label.localeCompare(b.label, 'nl'));
}

// ---- collaboration agreements and the task matrix ----------------------------------------------

/** Agreement documents: PDF or Word, at most 10 MB, kept in the database. */
export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;
export const agreementFileTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type AgreementFileType = keyof typeof agreementFileTypes;

/** The kind of a document by its first bytes, not its name: a PDF starts `%PDF-`, a DOCX is a ZIP (`PK\x03\x04`). */
export function agreementFileType(fileName: string, bytes: Uint8Array): AgreementFileType | null {
  const ext = fileName.toLowerCase().split('.').pop();
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (ext === 'pdf' && starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (ext === 'docx' && starts([0x50, 0x4b, 0x03, 0x04])) return 'docx';
  return null;
}

export const agreementInput = z
  .object({
    partyAId: z.uuid('errors.choice'),
    partyBId: z.uuid('errors.choice'),
    signedOn: isoDate.nullable().default(null),
    validUntil: isoDate.nullable().default(null),
    note: optionalText(1000).default(''),
  })
  .refine((a) => a.partyAId !== a.partyBId, { path: ['partyBId'], message: 'errors.samePartyTwice' })
  .refine((a) => !a.signedOn || !a.validUntil || a.validUntil >= a.signedOn, { path: ['validUntil'], message: 'errors.endBeforeStart' });
export type AgreementInput = z.output<typeof agreementInput>;
export const agreement = z.object({
  id: z.uuid(),
  partyA: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  partyB: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  signedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  note: z.string(),
  document: z.object({ fileName: z.string(), type: z.enum(['pdf', 'docx']), bytes: z.number().int() }).nullable(),
});
export type Agreement = z.infer<typeof agreement>;
export const agreementList = z.object({ agreements: z.array(agreement) });
export const agreementParams = z.object({ id: uuid, agreementId: uuid });

/** One task of the matrix: per phase of the approach the organisation that does it (or nobody). */
export const taskMatrixRowInput = z.object({
  task: requiredText(200),
  organisationIds: z.object(
    Object.fromEntries(phaseKeys.map((p) => [p, z.uuid('errors.choice').nullable().default(null)])) as Record<
      (typeof phaseKeys)[number],
      z.ZodDefault<z.ZodNullable<z.ZodUUID>>
    >,
  ),
});
export const taskMatrixInput = z.object({ rows: z.array(taskMatrixRowInput).max(60, 'errors.tooMany') });
export type TaskMatrixInput = z.output<typeof taskMatrixInput>;
export const taskMatrix = z.object({
  rows: z.array(z.object({ task: z.string(), organisationIds: z.record(z.enum(phaseKeys), z.uuid().nullable()) })),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type TaskMatrix = z.infer<typeof taskMatrix>;

// ---- joint goals ------------------------------------------------------------------------------

export const jointGoalInput = z.object({
  /** The goal it already is (when the list is saved again), or none for a new one. */
  id: uuid.nullable().default(null),
  title: requiredText(200),
  description: optionalText(2000).default(''),
  /** "How we will know": what shows the goal is reached. */
  indicator: optionalText(1000).default(''),
});
export const jointGoalsInput = z.object({ goals: z.array(jointGoalInput).max(20, 'errors.tooMany') });
export type JointGoalsInput = z.output<typeof jointGoalsInput>;
export const jointGoal = z.object({ id: z.uuid(), title: z.string(), description: z.string(), indicator: z.string() });
export type JointGoal = z.infer<typeof jointGoal>;
export const jointGoalList = z.object({ goals: z.array(jointGoal) });

/** At every interim evaluation each joint goal is looked at again. */
export const goalReviewStatuses = ['on_track', 'attention', 'off_track'] as const;
export type GoalReviewStatus = (typeof goalReviewStatuses)[number];
export const goalReviewInput = z.object({
  goalId: z.uuid('errors.choice'),
  status: z.enum(goalReviewStatuses, 'errors.choice'),
  note: optionalText(1000).default(''),
});
export type GoalReviewInput = z.output<typeof goalReviewInput>;
export const goalReview = z.object({ goalId: z.uuid(), goalTitle: z.string(), status: z.enum(goalReviewStatuses), note: z.string() });

// ---- communication plan ------------------------------------------------------------------------

export const communicationChannels = ['letter', 'newsletter', 'meeting', 'app'] as const;
export const communicationItemInput = z.object({
  phase: z.enum(phaseKeys, 'errors.choice'),
  audience: requiredText(200),
  channel: z.enum(communicationChannels, 'errors.choice'),
  language: requiredText(100),
  frequency: requiredText(100),
  ownerId: z.uuid('errors.choice').nullable().default(null),
});
export type CommunicationItemInput = z.output<typeof communicationItemInput>;
export const communicationItem = z.object({
  id: z.uuid(),
  phase: z.enum(phaseKeys),
  audience: z.string(),
  channel: z.enum(communicationChannels),
  language: z.string(),
  frequency: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** A proposal of the resident project group until the project leader takes it into the plan. */
  status: z.enum(['proposed', 'agreed']),
});
export type CommunicationItem = z.infer<typeof communicationItem>;
export const communicationPlan = z.object({ items: z.array(communicationItem) });
export const communicationItemParams = z.object({ id: uuid, itemId: uuid });

// ---- training register ------------------------------------------------------------------------

/** The handbook's four training topics for visitors. */
export const trainingTopics = ['introduction', 'cards', 'registration', 'privacy_plan'] as const;
export type TrainingTopic = (typeof trainingTopics)[number];
export const trainingRecordInput = z.object({
  userId: z.uuid('errors.choice'),
  topic: z.enum(trainingTopics, 'errors.choice'),
  trainedOn: isoDate,
  /** Hours spent, booked on phase 1 for the visitor's organisation; 0 books nothing. */
  hours: z
    .number('errors.invalid')
    .min(0, 'errors.notNegative')
    .max(24, 'errors.hoursPerDay')
    .refine((h) => Number.isInteger(h * 4), 'errors.quarterHours')
    .default(0),
});
export type TrainingRecordInput = z.output<typeof trainingRecordInput>;
export const trainingRecord = z.object({ id: z.uuid(), userId: z.uuid(), topic: z.enum(trainingTopics), trainedOn: z.string(), hours: z.number() });
export const trainingVisitor = z.object({ userId: z.uuid(), name: z.string(), topics: z.array(z.enum(trainingTopics)), trained: z.boolean() });
export type TrainingVisitor = z.infer<typeof trainingVisitor>;
export const trainingRegister = z.object({ visitors: z.array(trainingVisitor), records: z.array(trainingRecord) });
export type TrainingRegister = z.infer<typeof trainingRegister>;
export const trainingRecordParams = z.object({ id: uuid, recordId: uuid });

/** A visitor is trained once every one of the four topics has a date. */
export function isTrained(topics: readonly string[]): boolean {
  return trainingTopics.every((t) => topics.includes(t));
}
