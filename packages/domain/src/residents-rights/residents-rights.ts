import { z } from 'zod';
import { addMonths } from '../retention/retention.js';
import { isoDate, optionalEmail, optionalText, phone, uuid } from '../validation/common.js';

/** GDPR articles 15 (access), 16 (rectification), 17 (erasure) and 21 (objection). */
export const residentRequestKinds = ['access', 'rectification', 'erasure', 'objection'] as const;
export type ResidentRequestKind = (typeof residentRequestKinds)[number];
export const residentRequestStatuses = ['open', 'done'] as const;
export type ResidentRequestStatus = (typeof residentRequestStatuses)[number];

/** The GDPR gives one month to answer a request (article 12(3)). */
export const RESIDENT_REQUEST_MONTHS = 1;

/** The day a request received on `receivedOn` must be answered by. */
export const residentRequestDueOn = (receivedOn: string): string => addMonths(receivedOn, RESIDENT_REQUEST_MONTHS);

/** An open request past its due day (Amsterdam calendar days). */
export const residentRequestOverdue = (request: { status: ResidentRequestStatus; dueOn: string }, today: string): boolean =>
  request.status === 'open' && request.dueOn < today;

export const residentRequestInput = z.object({
  kind: z.enum(residentRequestKinds, 'errors.choice'),
  receivedOn: isoDate,
});
export type ResidentRequestInput = z.infer<typeof residentRequestInput>;

/** Rectification: the contact data as the resident asked it to be. */
export const rectificationInput = z.object({
  name: optionalText(120),
  phone,
  email: optionalEmail,
});
export type RectificationInput = z.infer<typeof rectificationInput>;

/** Completing a request; only a rectification carries the corrected contact data. */
export const completeRequestInput = z.object({ contact: rectificationInput.optional() });
export type CompleteRequestInput = z.infer<typeof completeRequestInput>;

export const residentRequest = z.object({
  id: z.uuid(),
  householdId: z.uuid().nullable(),
  /** The address the household lives at, for the social team's list. */
  address: z.string(),
  kind: z.enum(residentRequestKinds),
  status: z.enum(residentRequestStatuses),
  receivedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  handledAt: z.string().nullable(),
  handledBy: z.string().nullable(),
});
export type ResidentRequest = z.infer<typeof residentRequest>;

export const residentRequestQuery = z.object({
  householdId: uuid.optional(),
  status: z.enum(residentRequestStatuses, 'errors.choice').optional(),
  page: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').default(1),
  pageSize: z.coerce.number('errors.invalid').int('errors.invalid').min(1, 'errors.invalid').max(200, 'errors.tooLarge').default(50),
});
export type ResidentRequestQuery = z.infer<typeof residentRequestQuery>;

export const residentRequestList = z.object({
  requests: z.array(residentRequest),
  total: z.number().int(),
  overdue: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ResidentRequestList = z.infer<typeof residentRequestList>;

export const residentRequestParams = z.object({ id: uuid, requestId: uuid });
export const householdRequestParams = z.object({ id: uuid, householdId: uuid });

/** The household's own no-contact mark and erasure, for the household page. */
export const householdPrivacy = z.object({ householdId: z.uuid(), noContact: z.boolean(), identityErasedAt: z.string().nullable() });
export type HouseholdPrivacy = z.infer<typeof householdPrivacy>;

/** Everything Thuis holds on one household (GDPR article 15): the JSON export, also laid out as PDF. */
export const householdExport = z.object({
  madeAt: z.string(),
  project: z.object({ name: z.string(), teamPhone: z.string(), teamEmail: z.string() }),
  household: z.object({
    address: z.string(),
    movedInOn: z.string().nullable(),
    movedOutOn: z.string().nullable(),
    language: z.string(),
    practicalNeeds: z.string(),
    shareNeedsWithContractor: z.boolean(),
    noContact: z.boolean(),
  }),
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }).nullable(),
  visits: z.array(z.object({ kind: z.string(), startsAt: z.string(), outcome: z.string().nullable(), note: z.string() })),
  registrations: z.array(z.object({ id: z.string(), createdAt: z.string(), formVersion: z.number().int(), content: z.unknown() })),
  signals: z.array(z.object({ id: z.string(), category: z.string(), subject: z.string(), description: z.string(), createdAt: z.string() })),
  actions: z.array(z.object({ title: z.string(), status: z.string(), dueOn: z.string().nullable(), note: z.string() })),
  referrals: z.array(
    z.object({
      partner: z.string(),
      question: z.string(),
      share: z.array(z.string()),
      consentGivenOn: z.string(),
      consentWithdrawnAt: z.string().nullable(),
      status: z.string(),
      outcome: z.string().nullable(),
      outcomeNote: z.string(),
    }),
  ),
  talentCard: z
    .object({
      contactName: z.string(),
      contactPhone: z.string(),
      contactEmail: z.string(),
      gives: z.string(),
      wishes: z.string(),
      limits: z.string(),
      consentGivenOn: z.string(),
      matches: z.number().int(),
    })
    .nullable(),
  measurements: z.array(z.object({ moment: z.string(), measuredOn: z.string(), wellbeing: z.number().nullable(), ladder: z.number().nullable() })),
});
export type HouseholdExport = z.infer<typeof householdExport>;
