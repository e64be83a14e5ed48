import { z } from 'zod';
import { rolesByOrganisationType, type OrganisationType } from '../access/roles.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';
import { cursorTimestamp, keysetCursor, pageLimit, pageOf } from '../validation/paging.js';

/**
 * Referrals to partner organisations (handbook "Uitzetten directe acties"): only in agreement with
 * the resident, who decides what the partner may see. Withdrawing consent stops all sharing at once.
 */

/** Organisations a referral can go to: those that can hold a partner's contact role in a project. */
export const referralPartnerTypes: readonly OrganisationType[] = rolesByOrganisationType.partner_contact;

/** What the resident may allow the partner to see, besides the question itself. */
export const referralShareItems = ['name', 'address', 'phone', 'email', 'signal'] as const;
export type ReferralShareItem = (typeof referralShareItems)[number];

export const referralStatuses = ['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralOutcomes = ['helped', 'ongoing_support', 'not_reached', 'resident_declined', 'other'] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];

export const referralInput = z
  .object({
    /** The signal it follows up; a signal from a visit also tells the household. */
    signalId: uuid.nullable().default(null),
    /** The household, when the referral does not start from a signal of a visit. */
    householdId: uuid.nullable().default(null),
    partnerId: z.uuid('errors.choice'),
    /** The resident's question in their own words, as the partner will read it. */
    question: requiredText(1000),
    consentGiven: z.literal(true, 'errors.consentRequired'),
    consentGivenOn: isoDate,
    share: z.array(z.enum(referralShareItems, 'errors.choice')).max(referralShareItems.length).default([]),
  })
  .refine((r) => r.signalId !== null || r.householdId !== null, { path: ['householdId'], message: 'errors.required' });
export type ReferralInput = z.output<typeof referralInput>;

export const withdrawConsentInput = z.object({ note: optionalText(500).default('') });

export const referralResponseInput = z.discriminatedUnion(
  'decision',
  [z.object({ decision: z.literal('accept') }), z.object({ decision: z.literal('decline'), reason: requiredText(1000) })],
  'errors.choice',
);
export type ReferralResponseInput = z.output<typeof referralResponseInput>;

export const referralOutcomeInput = z.object({
  outcome: z.enum(referralOutcomes, 'errors.choice'),
  note: optionalText(2000).default(''),
});

export type ReferralEvent = 'accept' | 'decline' | 'complete' | 'withdraw';

/**
 * The status after an event, or null when the event cannot happen now. Withdrawing consent ends a
 * referral still under way; a declined or completed one keeps its status (the report counts it),
 * but its shared information is hidden all the same.
 */
export function referralStatusAfter(status: ReferralStatus, event: ReferralEvent): ReferralStatus | null {
  switch (event) {
    case 'accept':
      return status === 'sent' ? 'accepted' : null;
    case 'decline':
      return status === 'sent' ? 'declined' : null;
    case 'complete':
      return status === 'accepted' ? 'completed' : null;
    case 'withdraw':
      return status === 'sent' || status === 'accepted' ? 'withdrawn' : status === 'withdrawn' ? null : status;
  }
}

export interface ReferralDetails {
  name: string;
  address: string;
  phone: string;
  email: string;
  signal: string;
}

/**
 * What the partner sees of a referral's personal data: only the consented items, and nothing at
 * all once consent is withdrawn. The one place this rule lives.
 */
export function sharedWithPartner(
  consent: { share: readonly ReferralShareItem[]; withdrawn: boolean },
  details: ReferralDetails,
): Partial<ReferralDetails> | null {
  if (consent.withdrawn) return null;
  const shared: Partial<ReferralDetails> = {};
  for (const item of referralShareItems) if (consent.share.includes(item) && details[item]) shared[item] = details[item];
  return shared;
}

const handoverVisit = z.object({ startsAt: z.string(), endsAt: z.string(), visitorNames: z.array(z.string()) });

/** A referral as the social team sees it. */
export const referral = z.object({
  id: z.uuid(),
  status: z.enum(referralStatuses),
  partnerId: z.uuid(),
  partnerName: z.string(),
  question: z.string(),
  householdId: z.uuid(),
  addressId: z.uuid(),
  addressLabel: z.string(),
  signalId: z.uuid().nullable(),
  share: z.array(z.enum(referralShareItems)),
  consentGivenOn: z.string(),
  consentRecordedByName: z.string(),
  consentWithdrawnAt: z.string().nullable(),
  consentWithdrawnByName: z.string().nullable(),
  referredByName: z.string(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcome: z.enum(referralOutcomes).nullable(),
  outcomeNote: z.string(),
  completedAt: z.string().nullable(),
  handoverVisits: z.array(handoverVisit),
});
export type Referral = z.infer<typeof referral>;
/** A page of the team's referral list. */
export const referralPage = pageOf(referral);

/** Newest or oldest first; the sort key is the moment of referring (then the id). */
export const referralSorts = ['newest', 'oldest'] as const;
const referralCursor = keysetCursor(z.tuple([cursorTimestamp, z.uuid()]));

/** The team's list: one status or all, sorted by date, a page at a time. */
export const referralQuery = z.object({
  status: z.enum(referralStatuses, 'errors.choice').optional(),
  sort: z.enum(referralSorts, 'errors.choice').default('newest'),
  limit: pageLimit,
  cursor: referralCursor,
});
export type ReferralQuery = z.output<typeof referralQuery>;

/** The partner's inbox filters (issue 16): new ones to answer, taken on, and closed (declined, completed or consent withdrawn). */
export const inboxFilters = ['new', 'accepted', 'closed'] as const;
export type InboxFilter = (typeof inboxFilters)[number];
export const statusesOfInboxFilter: Record<InboxFilter, readonly ReferralStatus[]> = {
  new: ['sent'],
  accepted: ['accepted'],
  closed: ['declined', 'completed', 'withdrawn'],
};
export const inboxQuery = z.object({
  filter: z.enum(inboxFilters, 'errors.choice').optional(),
  sort: z.enum(referralSorts, 'errors.choice').default('newest'),
  limit: pageLimit,
  cursor: referralCursor,
});
export type InboxQuery = z.output<typeof inboxQuery>;

/** A referral as the receiving partner sees it: only what the resident agreed to share. */
export const partnerReferral = z.object({
  id: z.uuid(),
  status: z.enum(referralStatuses),
  createdAt: z.string(),
  referredByName: z.string(),
  referredByOrganisation: z.string(),
  /** Null once consent is withdrawn. */
  question: z.string().nullable(),
  consentWithdrawn: z.boolean(),
  shared: z.object({ name: z.string(), address: z.string(), phone: z.string(), email: z.string(), signal: z.string() }).partial().nullable(),
  respondedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcome: z.enum(referralOutcomes).nullable(),
  outcomeNote: z.string(),
  completedAt: z.string().nullable(),
  handoverVisits: z.array(handoverVisit),
});
export type PartnerReferral = z.infer<typeof partnerReferral>;
export const partnerInbox = pageOf(partnerReferral).extend({ organisationName: z.string() });
export const referralParams = z.object({ id: uuid, referralId: uuid });

export const referralReportGroupings = ['building_phase', 'building'] as const;
export const referralReportQuery = z.object({
  groupBy: z.enum(referralReportGroupings, 'errors.choice').default('building_phase'),
});
export const referralExportQuery = referralReportQuery.extend({ format: z.enum(['csv', 'xlsx'], 'errors.choice').default('xlsx') });
const referralCell = z.object({ partnerId: z.string(), count: z.number().int(), percent: z.number().int().nullable() });
const referralRow = z.object({
  groupId: z.string(),
  name: z.string(),
  homes: z.number().int(),
  spokenTo: z.number().int(),
  perPartner: z.array(referralCell),
  total: referralCell,
  householdsReferred: referralCell,
});
export const referralReportResponse = z.object({
  groupBy: z.enum(referralReportGroupings),
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The project as a whole, then one row per group (and "not assigned" when homes have no group). */
  total: referralRow,
  rows: z.array(referralRow),
});

/** The statuses in which the partner has taken the referral on: a final visit may then take it along (the warm hand-over). */
export const handoverStatuses: readonly ReferralStatus[] = ['accepted', 'completed'];

/** Consent can be withdrawn once, at any status: the partner stops seeing the shared details at once. */
export function canWithdrawConsent(r: { consentWithdrawnAt: string | Date | null; status: ReferralStatus }): boolean {
  return r.consentWithdrawnAt === null && referralStatusAfter(r.status, 'withdraw') !== null;
}

/** A final visit with the partner (warm hand-over) fits once the partner took the referral on, with consent. */
export function canPlanHandover(r: { consentWithdrawnAt: string | Date | null; status: ReferralStatus }): boolean {
  return r.consentWithdrawnAt === null && handoverStatuses.includes(r.status);
}

/**
 * The partner's home page (issue 16): referrals addressed to its organisation that wait for an
 * answer, in every project where the person answers them, newest first. Nothing of the household:
 * the inbox shows that, audited.
 */
export const myNewReferrals = z.object({
  total: z.number().int(),
  items: z.array(z.object({ id: z.uuid(), projectId: z.uuid(), projectName: z.string(), createdAt: z.string() })),
});
export type MyNewReferrals = z.infer<typeof myNewReferrals>;
