import { sql } from 'kysely';
import type { ErasedCounts, ResidentRequestKind, ResidentRequestQuery } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn, visitDay } from '../households/lives-there-repository.js';
import { createAuditRepository } from '../../platform/audit/audit-repository.js';

const addressLabel = sql<string>`concat_ws(' ', a.street, a.house_number::text, nullif(a.addition, ''))`;
const iso = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * Residents' requests and what they act on: the household's identity (contact data, talent card,
 * referrals, survey links) and the pseudonym that ties its content to it. The only SQL of the
 * module; the retention purge erases through `eraseIdentities` too.
 */
export function createResidentsRightsRepository(db: Db) {
  const householdIdsOf = (projectId: string) =>
    db
      .selectFrom('households as h')
      .innerJoin('addresses as a', 'a.id', 'h.address_id')
      .where('a.project_id', '=', projectId)
      .where('h.identity_erased_at', 'is', null)
      .select('h.id');

  return {
    async household(projectId: string, householdId: string) {
      return db
        .selectFrom('households as h')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .where('a.project_id', '=', projectId)
        .where('h.id', '=', householdId)
        .select([
          'h.id',
          'h.pseudonym',
          'h.address_id as addressId',
          addressLabel.as('address'),
          'a.postcode',
          'a.city',
          'h.moved_in_on as movedInOn',
          'h.moved_out_on as movedOutOn',
          'h.language',
          'h.practical_needs as practicalNeeds',
          'h.share_needs_with_contractor as shareNeedsWithContractor',
          'h.no_contact as noContact',
          sql<string | null>`case when h.identity_erased_at is null then null else ${iso('h.identity_erased_at')} end`.as('identityErasedAt'),
        ])
        .executeTakeFirst();
    },

    async insertRequest(values: { projectId: string; householdId: string; kind: ResidentRequestKind; receivedOn: string; dueOn: string; userId: string }) {
      const row = await db
        .insertInto('resident_requests')
        .values({
          project_id: values.projectId,
          household_id: values.householdId,
          kind: values.kind,
          received_on: values.receivedOn,
          due_on: values.dueOn,
          created_by: values.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** The request, locked for its handling: two clicks on "done" handle it once. */
    async requestForUpdate(projectId: string, requestId: string) {
      return db
        .selectFrom('resident_requests')
        .where('project_id', '=', projectId)
        .where('id', '=', requestId)
        .select(['id', 'household_id as householdId', 'kind', 'status'])
        .forUpdate()
        .executeTakeFirst();
    },

    async request(projectId: string, requestId: string) {
      return db
        .selectFrom('resident_requests')
        .where('project_id', '=', projectId)
        .where('id', '=', requestId)
        .select(['id', 'household_id as householdId', 'kind', 'status'])
        .executeTakeFirst();
    },

    async markDone(requestId: string, userId: string) {
      await db.updateTable('resident_requests').set({ status: 'done', handled_at: new Date(), handled_by: userId }).where('id', '=', requestId).execute();
    },

    /** One page of the project's requests: open ones first, soonest due first. */
    async page(projectId: string, query: ResidentRequestQuery, today: string) {
      let base = db.selectFrom('resident_requests as r').where('r.project_id', '=', projectId);
      if (query.householdId) base = base.where('r.household_id', '=', query.householdId);
      if (query.status) base = base.where('r.status', '=', query.status);
      const [rows, counts] = await Promise.all([
        base
          .leftJoin('households as h', 'h.id', 'r.household_id')
          .leftJoin('addresses as a', 'a.id', 'h.address_id')
          .leftJoin('users as u', 'u.id', 'r.handled_by')
          .select([
            'r.id',
            'r.household_id as householdId',
            sql<string>`coalesce(${addressLabel}, '')`.as('address'),
            'r.kind',
            'r.status',
            'r.received_on as receivedOn',
            'r.due_on as dueOn',
            sql<string | null>`case when r.handled_at is null then null else ${iso('r.handled_at')} end`.as('handledAt'),
            'u.display_name as handledBy',
          ])
          .orderBy(sql`r.status = 'open'`, 'desc')
          .orderBy('r.due_on')
          .orderBy('r.id')
          .offset((query.page - 1) * query.pageSize)
          .limit(query.pageSize)
          .execute(),
        base
          .select([
            sql<number>`count(*)::int`.as('total'),
            sql<number>`(count(*) filter (where r.status = 'open' and r.due_on < ${today}::date))::int`.as('overdue'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, ...counts };
    },

    async correctContact(householdId: string, contact: { name: string; phone: string; email: string }) {
      await db
        .insertInto('household_contacts')
        .values({ household_id: householdId, ...contact })
        .onConflict((oc) => oc.column('household_id').doUpdateSet(contact))
        .execute();
    },

    async markNoContact(householdId: string) {
      await db.updateTable('households').set({ no_contact: true, updated_at: new Date() }).where('id', '=', householdId).execute();
    },

    /** Everything held on one household, found through its id (identity) and its pseudonym (content). */
    async exportData(projectId: string, household: { id: string; pseudonym: string; addressId: string }) {
      const [project, contact, visits, registrations, signals, referrals, cards, measurements] = await Promise.all([
        db.selectFrom('projects').where('id', '=', projectId).select(['name', 'team_phone as teamPhone', 'team_email as teamEmail']).executeTakeFirstOrThrow(),
        db.selectFrom('household_contacts').where('household_id', '=', household.id).select(['name', 'phone', 'email']).executeTakeFirst(),
        // Visits are kept per address: those made while this household lived there.
        db
          .selectFrom('visits as v')
          .innerJoin('households as h', 'h.address_id', 'v.address_id')
          .where('h.id', '=', household.id)
          .where('v.project_id', '=', projectId)
          .where(livesThereOn('h', visitDay('v')))
          .select(['v.kind', iso('v.starts_at').as('startsAt'), 'v.outcome', 'v.note'])
          .orderBy('v.starts_at')
          .execute(),
        db
          .selectFrom('registrations as r')
          .innerJoin('registration_forms as f', 'f.id', 'r.form_id')
          .where('r.project_id', '=', projectId)
          .where('r.household_key', '=', household.pseudonym)
          .select(['r.id', iso('r.created_at').as('createdAt'), 'f.version as formVersion', 'r.content', 'f.definition as form'])
          .orderBy('r.created_at')
          .execute(),
        db
          .selectFrom('signals as s')
          .where('s.project_id', '=', projectId)
          .where('s.household_key', '=', household.pseudonym)
          .select(['s.id', 's.category', 's.subject', 's.description', iso('s.created_at').as('createdAt')])
          .orderBy('s.created_at')
          .execute(),
        db
          .selectFrom('referrals as r')
          .innerJoin('organisations as o', 'o.id', 'r.partner_organisation_id')
          .where('r.project_id', '=', projectId)
          .where('r.household_id', '=', household.id)
          .select([
            'o.name as partner',
            'r.question',
            'r.share',
            sql<string>`to_char(r.consent_given_on, 'YYYY-MM-DD')`.as('consentGivenOn'),
            sql<string | null>`case when r.consent_withdrawn_at is null then null else ${iso('r.consent_withdrawn_at')} end`.as('consentWithdrawnAt'),
            'r.status',
            'r.outcome',
            'r.outcome_note as outcomeNote',
          ])
          .orderBy('r.created_at')
          .execute(),
        db
          .selectFrom('talent_cards as c')
          .where('c.project_id', '=', projectId)
          .where('c.household_id', '=', household.id)
          .select([
            'c.contact_name as contactName',
            'c.contact_phone as contactPhone',
            'c.contact_email as contactEmail',
            'c.gives',
            'c.wishes',
            'c.limits',
            sql<string>`to_char(c.consent_given_on, 'YYYY-MM-DD')`.as('consentGivenOn'),
            sql<number>`(select count(*)::int from talent_matches m where m.card_a_id = c.id or m.card_b_id = c.id)`.as('matches'),
          ])
          .orderBy('c.created_at', 'desc')
          .execute(),
        db
          .selectFrom('household_measurements')
          .where('project_id', '=', projectId)
          .where('household_key', '=', household.pseudonym)
          .select(['moment', sql<string>`to_char(measured_on, 'YYYY-MM-DD')`.as('measuredOn'), 'wellbeing', 'ladder'])
          .orderBy('measured_on')
          .execute(),
      ]);
      const signalIds = signals.map((s) => s.id);
      const actions = signalIds.length
        ? await db
            .selectFrom('actions')
            .where('project_id', '=', projectId)
            .where('signal_id', 'in', signalIds)
            .select(['title', 'status', sql<string | null>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOn'), 'note'])
            .orderBy('created_at')
            .execute()
        : [];
      return { project, contact: contact ?? null, visits, registrations, signals, actions, referrals, talentCard: cards[0] ?? null, measurements };
    },

    /** What erasing the identities of the project's households would erase now, per kind (one statement, each table read once). */
    async countIdentities(projectId: string): Promise<ErasedCounts> {
      const { rows } = await sql<ErasedCounts>`
        with held as materialized (
          select h.id, h.practical_needs from households h join addresses a on a.id = h.address_id
          where a.project_id = ${projectId} and h.identity_erased_at is null
        ),
        cards as materialized (select c.id from talent_cards c join held on held.id = c.household_id)
        select
          (select count(*)::int from household_contacts c join held on held.id = c.household_id where c.name <> '' or c.phone <> '' or c.email <> '') as "contacts",
          (select count(*)::int from held where practical_needs <> '') as "householdNotes",
          (select count(*)::int from cards) as "talentCards",
          (select count(*)::int from talent_matches m where m.project_id = ${projectId}
             and (m.card_a_id in (select id from cards) or m.card_b_id in (select id from cards))) as "talentMatches",
          (select count(*)::int from referrals r join held on held.id = r.household_id) as "referrals",
          (select count(*)::int from survey_links l join held on held.id = l.household_id) as "surveyLinks",
          (select count(*)::int from held) as "pseudonyms"`.execute(db);
      return rows[0]!;
    },

    /**
     * Erases the identities of these households (in the caller's transaction): contact data, notes
     * on the household, talent cards with their matches, referrals and survey links go; the content
     * (registrations, signals, measurements) stays, moved to a new random key per household that is
     * stored nowhere else, and the household gets another new pseudonym: nothing joins the two again.
     */
    async eraseIdentities(householdIds: readonly string[]): Promise<ErasedCounts> {
      if (householdIds.length === 0) return { contacts: 0, householdNotes: 0, talentCards: 0, talentMatches: 0, referrals: 0, surveyLinks: 0, pseudonyms: 0 };
      const ids = [...householdIds];
      const cards = db.selectFrom('talent_cards').where('household_id', 'in', ids).select('id');
      const matches = await db
        .deleteFrom('talent_matches')
        .where((eb) => eb.or([eb('card_a_id', 'in', cards), eb('card_b_id', 'in', cards)]))
        .executeTakeFirst();
      const talentCards = await db.deleteFrom('talent_cards').where('household_id', 'in', ids).executeTakeFirst();
      const referrals = await db.deleteFrom('referrals').where('household_id', 'in', ids).executeTakeFirst();
      const surveyLinks = await db.deleteFrom('survey_links').where('household_id', 'in', ids).executeTakeFirst();
      const contacts = await db
        .updateTable('household_contacts')
        .set({ name: '', phone: '', email: '' })
        .where('household_id', 'in', ids)
        .where((eb) => eb.or([eb('name', '<>', ''), eb('phone', '<>', ''), eb('email', '<>', '')]))
        .executeTakeFirst();
      const notes = await db
        .updateTable('households')
        .set({ practical_needs: '' })
        .where('id', 'in', ids)
        .where('practical_needs', '<>', '')
        .executeTakeFirst();
      const { rows } = await sql<{ unlinked: number }>`
        with keys as materialized (
          select h.id, h.pseudonym as old_key, replace(gen_random_uuid()::text, '-', '') as new_key
          from households h where h.id = any(${ids}::uuid[])
        ),
        registrations_moved as (update registrations r set household_key = k.new_key from keys k where r.household_key = k.old_key returning 1),
        signals_moved as (update signals s set household_key = k.new_key from keys k where s.household_key = k.old_key returning 1),
        measurements_moved as (update household_measurements m set household_key = k.new_key from keys k where m.household_key = k.old_key returning 1),
        unlinked as (
          update households h
          set pseudonym = replace(gen_random_uuid()::text, '-', ''), identity_erased_at = now(), share_needs_with_contractor = false, updated_at = now()
          from keys k where h.id = k.id returning 1
        )
        select (select count(*)::int from unlinked) as unlinked`.execute(db);
      await createAuditRepository(db).forgetErasedHouseholds(ids);
      return {
        contacts: Number(contacts.numUpdatedRows),
        householdNotes: Number(notes.numUpdatedRows),
        talentCards: Number(talentCards.numDeletedRows),
        talentMatches: Number(matches.numDeletedRows),
        referrals: Number(referrals.numDeletedRows),
        surveyLinks: Number(surveyLinks.numDeletedRows),
        pseudonyms: rows[0]?.unlinked ?? 0,
      };
    },

    /** Whether the household living at the address on the day of `moment` objected to contact. */
    async noContactAt(addressId: string, moment: Date): Promise<boolean> {
      const day = sql`(${moment}::timestamptz at time zone 'Europe/Amsterdam')::date`;
      const row = await db
        .selectFrom('households as h')
        .where('h.address_id', '=', addressId)
        .where('h.no_contact', '=', true)
        .where(livesThereOn('h', day))
        .select('h.id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Of these visits, those at a household that objected to contact (living there on the visit's day). */
    async noContactVisits(projectId: string, visitIds: readonly string[]): Promise<Set<string>> {
      if (visitIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('visits as v')
        .innerJoin('households as h', 'h.address_id', 'v.address_id')
        .where('v.project_id', '=', projectId)
        .where('v.id', 'in', [...visitIds])
        .where('h.no_contact', '=', true)
        .where(livesThereOn('h', visitDay('v')))
        .select('v.id')
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    /** The households of a project whose identity is still held (at most `limit`). */
    async identifiedHouseholds(projectId: string, limit?: number): Promise<string[]> {
      const query = householdIdsOf(projectId).orderBy('h.id');
      return (await (limit === undefined ? query : query.limit(limit)).execute()).map((r) => r.id);
    },
  };
}
