import { z } from 'zod';
import { isoDate, optionalEmail, optionalText, phone, requiredText, uuid } from '../validation/common.js';

/**
 * Talent cards and matches (phase 4, "personal connections"). A card is identity: it names a
 * household, how to reach it, what it can and wants to give, what it would like and its limits. It
 * exists only with the resident's consent to be contacted and never refers to a registration. A
 * match joins two consenting households for practical help, a shared interest or company.
 */

export const matchKinds = ['practical_help', 'shared_interest', 'company'] as const;
export type MatchKind = (typeof matchKinds)[number];

/** How a match turned out; recording one closes the match. */
export const matchOutcomes = ['lasting_contact', 'helped_once', 'no_click', 'stopped', 'consent_withdrawn'] as const;
export type MatchOutcome = (typeof matchOutcomes)[number];
/** What the team may record: `consent_withdrawn` is set only by a withdrawal. */
export const recordableMatchOutcomes = matchOutcomes.filter((o) => o !== 'consent_withdrawn') as Exclude<MatchOutcome, 'consent_withdrawn'>[];

// ---- talent cards ----------------------------------------------------------------------------

export const talentCardInput = z.object({
  householdId: uuid,
  contactName: requiredText(120),
  contactPhone: phone.default(''),
  contactEmail: optionalEmail.default(''),
  gives: optionalText(2000).default(''),
  wishes: optionalText(2000).default(''),
  limits: optionalText(1000).default(''),
  /** The resident agreed to be contacted for a match: no card without it. */
  consentGiven: z.literal(true, 'errors.talentConsentRequired'),
  consentGivenOn: isoDate,
});
export type TalentCardInput = z.output<typeof talentCardInput>;

export const talentCardFilter = z.object({
  /** Words in what the resident can and wants to give. */
  talent: optionalText(120).optional(),
  /** Words in what the resident would like. */
  wish: optionalText(120).optional(),
  street: optionalText(120).optional(),
  buildingId: uuid.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TalentCardFilter = z.output<typeof talentCardFilter>;

export const talentCard = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  addressId: z.uuid(),
  /** Street, number and addition of the household's home. */
  address: z.string(),
  street: z.string(),
  buildingId: z.uuid().nullable(),
  buildingCode: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  gives: z.string(),
  wishes: z.string(),
  limits: z.string(),
  consentGivenOn: z.string(),
  openMatches: z.number().int(),
});
export type TalentCard = z.infer<typeof talentCard>;
export const talentCardPage = z.object({ cards: z.array(talentCard), total: z.number().int(), streets: z.array(z.string()) });
export const talentCardParams = z.object({ id: uuid, cardId: uuid });
export const withdrawTalentConsentInput = z.object({ note: optionalText(500).default('') });

export const talentSuggestion = z.object({ card: talentCard, shared: z.array(z.string()), score: z.number() });
export const talentSuggestionList = z.object({ suggestions: z.array(talentSuggestion) });

// ---- matches ---------------------------------------------------------------------------------

export const matchInput = z
  .object({
    cardAId: uuid,
    cardBId: uuid,
    kind: z.enum(matchKinds, 'errors.choice'),
    consentA: z.literal(true, 'errors.matchConsentRequired'),
    consentAOn: isoDate,
    consentB: z.literal(true, 'errors.matchConsentRequired'),
    consentBOn: isoDate,
    followUpOn: isoDate.nullable(),
    note: optionalText(2000).default(''),
  })
  .refine((m) => m.cardAId !== m.cardBId, { path: ['cardBId'], message: 'errors.matchSameCard' });
export type MatchInput = z.output<typeof matchInput>;

export const matchUpdateInput = z.object({
  followUpOn: isoDate.nullable(),
  note: optionalText(2000).default(''),
  /** Null while the match runs; an outcome closes it. */
  outcome: z.enum(recordableMatchOutcomes, 'errors.choice').nullable(),
  outcomeNote: optionalText(2000).default(''),
});
export type MatchUpdateInput = z.output<typeof matchUpdateInput>;

export const matchFilter = z.object({
  status: z.enum(['open', 'overdue', 'closed', 'all']).default('open'),
  cardId: uuid.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MatchFilter = z.output<typeof matchFilter>;

const matchSide = z.object({ cardId: z.uuid(), householdId: z.uuid(), contactName: z.string(), address: z.string(), consentOn: z.string() });
export const talentMatch = z.object({
  id: z.uuid(),
  kind: z.enum(matchKinds),
  a: matchSide,
  b: matchSide,
  followUpOn: z.string().nullable(),
  /** The follow-up date has passed while the match is still open. */
  overdue: z.boolean(),
  note: z.string(),
  outcome: z.enum(matchOutcomes).nullable(),
  outcomeNote: z.string(),
  createdAt: z.string(),
});
export type TalentMatch = z.infer<typeof talentMatch>;
export const talentMatchPage = z.object({ matches: z.array(talentMatch), total: z.number().int(), overdue: z.number().int() });
export const matchParams = z.object({ id: uuid, matchId: uuid });

// ---- rules -----------------------------------------------------------------------------------

/** What matching needs to know of a card: whose it is, whether consent stands, and its texts. */
export interface MatchableCard {
  id: string;
  householdId: string;
  consentWithdrawn: boolean;
  gives: string;
  wishes: string;
}

/** Small words that say nothing about a talent or a wish (Dutch and English). */
const stopWords = new Set(
  'aan als bij dat de den der des die dit door een en er het hij hem hun ik in is je jij kan kun kunnen me met mij mijn naar niet nog of om ook op over te tot uit van veel voor wat we wel wil willen zij ze zou zo and at be by can for from i in is it me my of on or the to with would like'.split(
    ' ',
  ),
);

/** The meaningful words of a text, lower case, without accents. */
export function talentWords(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !stopWords.has(w)));
}

/** Whether two cards may be matched: both consenting, two different households. */
export function canMatch(a: MatchableCard, b: MatchableCard): boolean {
  return !a.consentWithdrawn && !b.consentWithdrawn && a.id !== b.id && a.householdId !== b.householdId;
}

/**
 * Cards worth proposing for `card`: what one gives meets what the other wishes, either way. Only
 * consenting cards of other households are ever proposed, best first.
 */
export function suggestMatches<C extends MatchableCard>(card: C, candidates: readonly C[], max = 10): { card: C; shared: string[]; score: number }[] {
  if (card.consentWithdrawn) return [];
  const wants = talentWords(card.wishes);
  const offers = talentWords(card.gives);
  const found: { card: C; shared: string[]; score: number }[] = [];
  for (const other of candidates) {
    if (!canMatch(card, other)) continue;
    const theyGive = [...talentWords(other.gives)].filter((w) => wants.has(w));
    const theyWish = [...talentWords(other.wishes)].filter((w) => offers.has(w));
    const shared = [...new Set([...theyGive, ...theyWish])].sort();
    // A need met both ways weighs more than a one-way offer.
    const score = theyGive.length + theyWish.length + (theyGive.length && theyWish.length ? 1 : 0);
    if (score > 0) found.push({ card: other, shared, score });
  }
  return found.sort((x, y) => y.score - x.score || x.card.id.localeCompare(y.card.id)).slice(0, max);
}

/** An open match whose follow-up date lies before today (Amsterdam calendar day, `YYYY-MM-DD`). */
export function isFollowUpOverdue(match: { followUpOn: string | null; outcome: MatchOutcome | null }, today: string): boolean {
  return match.outcome === null && match.followUpOn !== null && match.followUpOn < today;
}
