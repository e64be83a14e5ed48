import { sql } from 'kysely';
import {
  isFollowUpOverdue,
  type MatchFilter,
  type MatchInput,
  type MatchUpdateInput,
  type TalentCard,
  type TalentCardFilter,
  type TalentCardInput,
  type TalentMatch,
} from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const addressLabel = sql<string>`a.street || ' ' || a.house_number || a.addition`;
/** A match is open while it has no outcome; its cards must both still consent for it to be shown. */
const openMatchesOf = sql<number>`(
  select count(*)::int from talent_matches m
  join talent_cards ca on ca.id = m.card_a_id join talent_cards cb on cb.id = m.card_b_id
  where (m.card_a_id = c.id or m.card_b_id = c.id) and m.outcome is null
    and ca.consent_withdrawn_at is null and cb.consent_withdrawn_at is null)`;

/**
 * Talent cards and matches: identity, apart from registrations (nothing here joins them). Every read
 * leaves out cards whose consent was withdrawn, and matches with such a card, in the query itself.
 */
export function createTalentRepository(db: Db) {
  const cards = () =>
    db
      .selectFrom('talent_cards as c')
      .innerJoin('households as h', 'h.id', 'c.household_id')
      .innerJoin('addresses as a', 'a.id', 'h.address_id')
      .leftJoin('buildings as b', 'b.id', 'a.building_id')
      .where('c.consent_withdrawn_at', 'is', null);
  const cardColumns = [
    'c.id',
    'c.household_id as householdId',
    'a.id as addressId',
    addressLabel.as('address'),
    'a.street',
    'a.building_id as buildingId',
    'b.code as buildingCode',
    'c.contact_name as contactName',
    'c.contact_phone as contactPhone',
    'c.contact_email as contactEmail',
    'c.gives',
    'c.wishes',
    'c.limits',
    'c.consent_given_on as consentGivenOn',
    openMatchesOf.as('openMatches'),
  ] as const;

  const matches = (projectId: string) =>
    db
      .selectFrom('talent_matches as m')
      .innerJoin('talent_cards as ca', 'ca.id', 'm.card_a_id')
      .innerJoin('talent_cards as cb', 'cb.id', 'm.card_b_id')
      .innerJoin('households as ha', 'ha.id', 'ca.household_id')
      .innerJoin('addresses as aa', 'aa.id', 'ha.address_id')
      .innerJoin('households as hb', 'hb.id', 'cb.household_id')
      .innerJoin('addresses as ab', 'ab.id', 'hb.address_id')
      .where('m.project_id', '=', projectId)
      .where('ca.consent_withdrawn_at', 'is', null)
      .where('cb.consent_withdrawn_at', 'is', null);

  return {
    async page(projectId: string, filter: TalentCardFilter): Promise<{ cards: TalentCard[]; total: number }> {
      let base = cards().where('c.project_id', '=', projectId);
      if (filter.talent) base = base.where('c.gives', 'ilike', like(filter.talent));
      if (filter.wish) base = base.where('c.wishes', 'ilike', like(filter.wish));
      if (filter.street) base = base.where('a.street', '=', filter.street);
      if (filter.buildingId) base = base.where('a.building_id', '=', filter.buildingId);
      const [rows, count] = await Promise.all([
        base
          .select(cardColumns)
          .orderBy('a.street')
          .orderBy('a.house_number')
          .orderBy('a.addition')
          .orderBy('c.id')
          .offset(filter.offset)
          .limit(filter.limit)
          .execute(),
        base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
      ]);
      return { cards: rows as TalentCard[], total: count.total };
    },

    async streets(projectId: string): Promise<string[]> {
      const rows = await cards().where('c.project_id', '=', projectId).select('a.street').distinct().orderBy('a.street').execute();
      return rows.map((r) => r.street);
    },

    /** A consenting card of the project, or undefined (withdrawn, another project, or none). */
    async find(projectId: string, cardId: string): Promise<TalentCard | undefined> {
      return (await cards().where('c.project_id', '=', projectId).where('c.id', '=', cardId).select(cardColumns).executeTakeFirst()) as TalentCard | undefined;
    },

    /** Every consenting card of the project: the candidates for a match. */
    async consenting(projectId: string): Promise<TalentCard[]> {
      // A household that objected (GDPR art. 21) is never proposed for a match.
      return (await cards()
        .where('c.project_id', '=', projectId)
        .where('h.no_contact', '=', false)
        .select(cardColumns)
        .orderBy('c.id')
        .execute()) as TalentCard[];
    },

    async cardOfHousehold(householdId: string): Promise<string | undefined> {
      return (
        await db.selectFrom('talent_cards').where('household_id', '=', householdId).where('consent_withdrawn_at', 'is', null).select('id').executeTakeFirst()
      )?.id;
    },

    async insertCard(projectId: string, input: TalentCardInput, actorUserId: string): Promise<string> {
      const row = await db
        .insertInto('talent_cards')
        .values({
          project_id: projectId,
          household_id: input.householdId,
          contact_name: input.contactName,
          contact_phone: input.contactPhone,
          contact_email: input.contactEmail,
          gives: input.gives,
          wishes: input.wishes,
          limits: input.limits,
          consent_given_on: input.consentGivenOn,
          consent_recorded_by: actorUserId,
          created_by: actorUserId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateCard(cardId: string, input: TalentCardInput): Promise<void> {
      await db
        .updateTable('talent_cards')
        .set({
          contact_name: input.contactName,
          contact_phone: input.contactPhone,
          contact_email: input.contactEmail,
          gives: input.gives,
          wishes: input.wishes,
          limits: input.limits,
          consent_given_on: input.consentGivenOn,
          updated_at: sql`now()`,
        })
        .where('id', '=', cardId)
        .execute();
    },

    /**
     * Withdrawal: the card is emptied of everything it said about the resident (only the dates of
     * consent and withdrawal remain) and its open matches are closed as withdrawn; reads skip both.
     */
    async withdraw(cardId: string, actorUserId: string): Promise<number> {
      await db
        .updateTable('talent_cards')
        .set({
          contact_name: '',
          contact_phone: '',
          contact_email: '',
          gives: '',
          wishes: '',
          limits: '',
          consent_withdrawn_at: sql`now()`,
          consent_withdrawn_by: actorUserId,
          updated_at: sql`now()`,
        })
        .where('id', '=', cardId)
        .execute();
      const closed = await db
        .updateTable('talent_matches')
        .set({ outcome: 'consent_withdrawn', closed_at: sql`now()`, updated_at: sql`now()` })
        .where((eb) => eb.or([eb('card_a_id', '=', cardId), eb('card_b_id', '=', cardId)]))
        .where('outcome', 'is', null)
        .executeTakeFirst();
      return Number(closed.numUpdatedRows);
    },

    async matchPage(
      projectId: string,
      filter: MatchFilter & { matchId?: string },
      today: string,
    ): Promise<{ matches: TalentMatch[]; total: number; overdue: number }> {
      let base = matches(projectId);
      if (filter.matchId) base = base.where('m.id', '=', filter.matchId);
      if (filter.cardId) base = base.where((eb) => eb.or([eb('m.card_a_id', '=', filter.cardId!), eb('m.card_b_id', '=', filter.cardId!)]));
      const overdueQuery = base.where('m.outcome', 'is', null).where('m.follow_up_on', '<', today);
      if (filter.status === 'open') base = base.where('m.outcome', 'is', null);
      if (filter.status === 'closed') base = base.where('m.outcome', 'is not', null);
      if (filter.status === 'overdue') base = overdueQuery;
      const [rows, count, overdue] = await Promise.all([
        base
          .select([
            'm.id',
            'm.kind',
            'm.card_a_id as aCardId',
            'ca.household_id as aHouseholdId',
            'ca.contact_name as aName',
            sql<string>`aa.street || ' ' || aa.house_number || aa.addition`.as('aAddress'),
            'm.consent_a_on as aConsentOn',
            'm.card_b_id as bCardId',
            'cb.household_id as bHouseholdId',
            'cb.contact_name as bName',
            sql<string>`ab.street || ' ' || ab.house_number || ab.addition`.as('bAddress'),
            'm.consent_b_on as bConsentOn',
            'm.follow_up_on as followUpOn',
            'm.note',
            'm.outcome',
            'm.outcome_note as outcomeNote',
            'm.created_at as createdAt',
          ])
          .orderBy(sql`m.outcome is not null`)
          .orderBy(sql`m.follow_up_on asc nulls last`)
          .orderBy('m.created_at', 'desc')
          .orderBy('m.id')
          .offset(filter.offset)
          .limit(filter.limit)
          .execute(),
        base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
        overdueQuery.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        matches: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          a: { cardId: r.aCardId, householdId: r.aHouseholdId, contactName: r.aName, address: r.aAddress, consentOn: r.aConsentOn },
          b: { cardId: r.bCardId, householdId: r.bHouseholdId, contactName: r.bName, address: r.bAddress, consentOn: r.bConsentOn },
          followUpOn: r.followUpOn,
          overdue: isFollowUpOverdue(r, today),
          note: r.note,
          outcome: r.outcome,
          outcomeNote: r.outcomeNote,
          createdAt: new Date(r.createdAt).toISOString(),
        })),
        total: count.n,
        overdue: overdue.n,
      };
    },

    async matchById(projectId: string, matchId: string, today: string): Promise<TalentMatch | undefined> {
      return (await this.matchPage(projectId, { status: 'all', matchId, offset: 0, limit: 1 }, today)).matches[0];
    },

    /** A shown match of the project (both cards consenting), or undefined. */
    async findMatch(projectId: string, matchId: string) {
      return matches(projectId)
        .where('m.id', '=', matchId)
        .select(['m.id', 'm.outcome', 'ca.contact_name as aName', 'cb.contact_name as bName'])
        .executeTakeFirst();
    },

    async insertMatch(projectId: string, input: MatchInput, actorUserId: string): Promise<string> {
      const row = await db
        .insertInto('talent_matches')
        .values({
          project_id: projectId,
          card_a_id: input.cardAId,
          card_b_id: input.cardBId,
          kind: input.kind,
          consent_a_on: input.consentAOn,
          consent_b_on: input.consentBOn,
          follow_up_on: input.followUpOn,
          note: input.note,
          created_by: actorUserId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateMatch(matchId: string, input: MatchUpdateInput): Promise<void> {
      await db
        .updateTable('talent_matches')
        .set({
          follow_up_on: input.followUpOn,
          note: input.note,
          outcome: input.outcome,
          outcome_note: input.outcomeNote,
          closed_at: input.outcome ? sql`now()` : null,
          updated_at: sql`now()`,
        })
        .where('id', '=', matchId)
        .execute();
    },

    /** Takes a row lock on the two cards, so a withdrawal cannot slip in between check and insert. */
    async lockCards(projectId: string, cardIds: string[]) {
      return db
        .selectFrom('talent_cards as c')
        .innerJoin('households as h', 'h.id', 'c.household_id')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .where('c.project_id', '=', projectId)
        .where('c.id', 'in', cardIds)
        .select([
          'c.id',
          'c.household_id as householdId',
          'c.consent_withdrawn_at as consentWithdrawnAt',
          'c.gives',
          'c.wishes',
          'c.contact_name as contactName',
          'h.no_contact as noContact',
          sql<string>`a.street || ' ' || a.house_number || a.addition || ', ' || a.postcode || ' ' || a.city`.as('address'),
        ])
        .forUpdate(['c', 'h'])
        .execute();
    },
  };
}
