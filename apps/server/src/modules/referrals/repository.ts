import { sql } from 'kysely';
import {
  handoverStatuses,
  referralPartnerTypes,
  type CursorKey,
  type ProjectRole,
  type ReferralOutcome,
  type ReferralShareItem,
  type ReferralStatus,
} from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';

export interface NewReferral {
  projectId: string;
  householdId: string;
  signalId: string | null;
  partnerOrganisationId: string;
  question: string;
  share: ReferralShareItem[];
  consentGivenOn: string;
  actorUserId: string;
}

const addressLabel = sql<string>`concat_ws(' ', a.street, a.house_number::text, nullif(a.addition, ''))`;

/** Which referrals a list shows: some ids, one partner's, some statuses; a page of them by date. */
export interface ReferralSelection {
  referralIds?: string[];
  partnerOrganisationId?: string;
  statuses?: readonly ReferralStatus[];
  page?: { limit: number; oldestFirst: boolean; after?: CursorKey };
}

const dateKey = (oldestFirst: boolean): KeyPart[] => [
  { by: sql`r.created_at`, desc: !oldestFirst },
  { by: sql`r.id`, desc: !oldestFirst },
];

/** The only SQL of referrals. A referral names a household: every read of it is audited by the use cases. */
export function createReferralRepository(db: Db) {
  const filtered = (projectId: string, { referralIds, partnerOrganisationId, statuses }: ReferralSelection) => {
    let query = db.selectFrom('referrals as r').where('r.project_id', '=', projectId);
    if (referralIds) query = query.where('r.id', 'in', referralIds.length ? referralIds : [null as unknown as string]);
    if (partnerOrganisationId) query = query.where('r.partner_organisation_id', '=', partnerOrganisationId);
    if (statuses) query = query.where('r.status', 'in', statuses);
    return query;
  };

  return {
    /** The project's partner catalogue: partners of a kind that can receive referrals. */
    async catalogue(projectId: string) {
      return db
        .selectFrom('project_partners as pp')
        .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
        .where('pp.project_id', '=', projectId)
        .where('o.type', 'in', referralPartnerTypes)
        .select(['o.id', 'o.name', 'pp.part'])
        .orderBy(sql`lower(o.name)`)
        .execute();
    },

    async organisationName(organisationId: string) {
      return (await db.selectFrom('organisations').where('id', '=', organisationId).select('name').executeTakeFirstOrThrow()).name;
    },

    async householdInProject(projectId: string, householdId: string) {
      return db
        .selectFrom('households as h')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .where('a.project_id', '=', projectId)
        .where('h.id', '=', householdId)
        .select(['h.id'])
        .executeTakeFirst();
    },

    /** The household a signal from a visit points to, through its pseudonym. */
    async householdOfSignal(projectId: string, signalId: string) {
      return db
        .selectFrom('signals as s')
        .innerJoin('households as h', 'h.pseudonym', 's.household_key')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .where('s.project_id', '=', projectId)
        .where('a.project_id', '=', projectId)
        .where('s.id', '=', signalId)
        .select(['h.id'])
        .executeTakeFirst();
    },

    async insert(r: NewReferral) {
      const row = await db
        .insertInto('referrals')
        .values({
          project_id: r.projectId,
          household_id: r.householdId,
          signal_id: r.signalId,
          partner_organisation_id: r.partnerOrganisationId,
          question: r.question,
          share: r.share,
          consent_given_on: r.consentGivenOn,
          consent_recorded_by: r.actorUserId,
          referred_by: r.actorUserId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * Referrals with what the team sees of them, newest first; with `page`, one row more than its
     * limit (to tell whether more follow) after the cursor's key. `cursorKey` is that key, text with
     * microseconds so that the next page starts exactly after it.
     */
    list(projectId: string, selection: ReferralSelection = {}) {
      const key = dateKey(selection.page?.oldestFirst ?? false);
      // The page is cut from the referrals alone, before the joins: the sort then reads one table
      // (its index), whatever the planner knows of the others.
      let rows = filtered(projectId, selection).selectAll('r').orderBy(orderByKey(key));
      const page = selection.page;
      if (page?.after) rows = rows.where(afterKey(key, page.after));
      if (page) rows = rows.limit(page.limit + 1);
      return db
        .selectFrom(rows.as('r'))
        .innerJoin('organisations as po', 'po.id', 'r.partner_organisation_id')
        .innerJoin('households as h', 'h.id', 'r.household_id')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .leftJoin('users as ref', 'ref.id', 'r.referred_by')
        .leftJoin('organisations as refOrg', 'refOrg.id', 'ref.organisation_id')
        .leftJoin('users as rec', 'rec.id', 'r.consent_recorded_by')
        .leftJoin('users as wd', 'wd.id', 'r.consent_withdrawn_by')
        .select([
          'r.id',
          'r.status',
          'r.partner_organisation_id as partnerId',
          'po.name as partnerName',
          'r.question',
          'r.household_id as householdId',
          'a.id as addressId',
          addressLabel.as('addressLabel'),
          'r.signal_id as signalId',
          'r.share',
          'r.consent_given_on as consentGivenOn',
          'rec.display_name as consentRecordedByName',
          'r.consent_withdrawn_at as consentWithdrawnAt',
          'wd.display_name as consentWithdrawnByName',
          'ref.display_name as referredByName',
          'refOrg.name as referredByOrganisation',
          'r.created_at as createdAt',
          sql<string>`r.created_at::text`.as('cursorKey'),
          'r.responded_at as respondedAt',
          'r.decline_reason as declineReason',
          'r.outcome',
          'r.outcome_note as outcomeNote',
          'r.completed_at as completedAt',
        ])
        .orderBy(orderByKey(key))
        .execute();
    },

    /** How many referrals the selection holds (the page's total). */
    async count(projectId: string, selection: Omit<ReferralSelection, 'page'>) {
      const row = await filtered(projectId, selection)
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      return row.total;
    },

    /** The personal data a partner may be given, per referral (the consent filters it afterwards). */
    async details(referralIds: string[]) {
      if (referralIds.length === 0) return [];
      return db
        .selectFrom('referrals as r')
        .innerJoin('households as h', 'h.id', 'r.household_id')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .leftJoin('household_contacts as c', 'c.household_id', 'h.id')
        .leftJoin('signals as s', 's.id', 'r.signal_id')
        .where('r.id', 'in', referralIds)
        .select([
          'r.id',
          'c.name',
          'c.phone',
          'c.email',
          sql<string>`concat_ws(', ', ${addressLabel}, concat_ws(' ', a.postcode, a.city))`.as('address'),
          's.description as signal',
        ])
        .execute();
    },

    async find(projectId: string, referralId: string) {
      return db
        .selectFrom('referrals')
        .where('project_id', '=', projectId)
        .where('id', '=', referralId)
        .select([
          'id',
          'status',
          'partner_organisation_id as partnerOrganisationId',
          'household_id as householdId',
          'consent_withdrawn_at as consentWithdrawnAt',
        ])
        .executeTakeFirst();
    },

    async setStatus(
      referralId: string,
      status: ReferralStatus,
      by: string,
      change: { declineReason?: string; outcome?: ReferralOutcome; outcomeNote?: string },
    ) {
      const now = new Date();
      await db
        .updateTable('referrals')
        .set({
          status,
          updated_at: now,
          ...(status === 'accepted' || status === 'declined' ? { responded_at: now, responded_by: by } : {}),
          ...(change.declineReason !== undefined ? { decline_reason: change.declineReason } : {}),
          ...(status === 'completed' ? { completed_at: now, outcome: change.outcome ?? null, outcome_note: change.outcomeNote ?? '' } : {}),
        })
        .where('id', '=', referralId)
        .execute();
    },

    async withdrawConsent(referralId: string, status: ReferralStatus, by: string) {
      await db
        .updateTable('referrals')
        .set({ status, consent_withdrawn_at: new Date(), consent_withdrawn_by: by, updated_at: new Date() })
        .where('id', '=', referralId)
        .execute();
    },

    /**
     * Final visits at the referred household's address that someone of the partner organisation
     * joins (the warm hand-over), per referral.
     */
    async handoverVisits(referralIds: string[]) {
      if (referralIds.length === 0) return [];
      return db
        .selectFrom('referrals as r')
        .innerJoin('households as h', 'h.id', 'r.household_id')
        .innerJoin('visits as v', (join) => join.onRef('v.address_id', '=', 'h.address_id').onRef('v.project_id', '=', 'r.project_id'))
        .where('r.id', 'in', referralIds)
        .where('v.kind', '=', 'final_visit')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('visit_visitors as pv')
              .innerJoin('users as pu', 'pu.id', 'pv.user_id')
              .whereRef('pv.visit_id', '=', 'v.id')
              .whereRef('pu.organisation_id', '=', 'r.partner_organisation_id')
              .select('pv.user_id'),
          ),
        )
        .select([
          'r.id as referralId',
          'v.starts_at as startsAt',
          'v.ends_at as endsAt',
          sql<
            string[]
          >`(select array_agg(u.display_name order by u.display_name) from visit_visitors vv join users u on u.id = vv.user_id where vv.visit_id = v.id)`.as(
            'visitorNames',
          ),
        ])
        .orderBy('v.starts_at')
        .execute();
    },

    /** Partner users who may join a final visit at an address: their organisation holds a referral there with consent. */
    async handoverPartnerUserIds(projectId: string, addressId: string) {
      const rows = await db
        .selectFrom('referrals as r')
        .innerJoin('households as h', 'h.id', 'r.household_id')
        .innerJoin('users as u', 'u.organisation_id', 'r.partner_organisation_id')
        .innerJoin('project_members as m', (join) => join.onRef('m.user_id', '=', 'u.id').onRef('m.project_id', '=', 'r.project_id'))
        .where('r.project_id', '=', projectId)
        .where('h.address_id', '=', addressId)
        .where('r.status', 'in', [...handoverStatuses])
        .where('r.consent_withdrawn_at', 'is', null)
        .where('m.role', '=', 'partner_contact')
        .select('u.id')
        .distinct()
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    /** Takes the partner's people off visits still to come at the household's address (consent withdrawn). */
    async removePartnerFromComingVisits(referralId: string) {
      await sql`
        delete from visit_visitors vv using visits v, referrals r, households h, users u
        where r.id = ${referralId} and h.id = r.household_id and v.address_id = h.address_id and v.project_id = r.project_id
          and vv.visit_id = v.id and u.id = vv.user_id and u.organisation_id = r.partner_organisation_id
          and v.starts_at > now() and v.outcome is null`.execute(db);
    },

    /**
     * Queues the e-mail telling the partner organisation's people of a new referral: one row for each
     * active user of the organisation who answers referrals in the project. Called in the referral's
     * own transaction, so the job sees the rows only once the referral is committed.
     */
    async queueNotifications(referralId: string, projectId: string, partnerOrganisationId: string, roles: readonly string[]) {
      await sql`
        insert into referral_notifications (referral_id, user_id)
        select ${referralId}::uuid, u.id from users u
        join project_members m on m.user_id = u.id and m.project_id = ${projectId}::uuid
        where u.organisation_id = ${partnerOrganisationId}::uuid and u.active and m.role = any(${roles as string[]})
        on conflict do nothing`.execute(db);
    },

    /**
     * Takes the next notification to send that no live sender holds (several app instances may run):
     * leased for `lockSeconds`, so a sender that stops half-way leaves it to the next one.
     */
    async claimNotification(lockSeconds: number, maxAttempts: number) {
      const result = await sql<{ referralId: string; userId: string; email: string; locale: 'nl' | 'en'; projectId: string }>`
        with claimed as (
          update referral_notifications n set attempts = n.attempts + 1, locked_until = now() + make_interval(secs => ${lockSeconds})
          where (n.referral_id, n.user_id) = (
            select referral_id, user_id from referral_notifications
            where sent_at is null and attempts < ${maxAttempts} and (locked_until is null or locked_until < now())
            order by created_at limit 1 for update skip locked)
          returning n.referral_id, n.user_id)
        select c.referral_id as "referralId", c.user_id as "userId", u.email, u.locale, r.project_id as "projectId"
        from claimed c join users u on u.id = c.user_id join referrals r on r.id = c.referral_id`.execute(db);
      return result.rows[0];
    },

    async notificationSent(referralId: string, userId: string) {
      await db
        .updateTable('referral_notifications')
        .set({ sent_at: sql`now()`, locked_until: null, last_error: null })
        .where('referral_id', '=', referralId)
        .where('user_id', '=', userId)
        .execute();
    },

    /** A send that failed is tried again once `retryAfterSeconds` have passed (until its attempts run out). */
    async notificationFailed(referralId: string, userId: string, error: string, retryAfterSeconds: number) {
      await db
        .updateTable('referral_notifications')
        .set({ last_error: error.slice(0, 500), locked_until: sql`now() + make_interval(secs => ${retryAfterSeconds})` })
        .where('referral_id', '=', referralId)
        .where('user_id', '=', userId)
        .execute();
    },

    /**
     * New referrals (not yet answered, consent not withdrawn) addressed to the user's organisation, in
     * the projects where the user answers them: for the home page, without anything of the household.
     */
    async newForPartner(userId: string, organisationId: string, roles: readonly ProjectRole[], limit: number) {
      const selection = db
        .selectFrom('referrals as r')
        .innerJoin('project_members as m', (join) => join.onRef('m.project_id', '=', 'r.project_id').on('m.user_id', '=', userId))
        .where('m.role', 'in', roles)
        .where('r.partner_organisation_id', '=', organisationId)
        .where('r.status', '=', 'sent')
        .where('r.consent_withdrawn_at', 'is', null);
      const [items, total] = await Promise.all([
        selection
          .innerJoin('projects as p', 'p.id', 'r.project_id')
          .select(['r.id', 'r.project_id as projectId', 'p.name as projectName', 'r.created_at as createdAt'])
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(limit)
          .execute(),
        selection.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: total.total };
    },

    /** The facts the report counts: each referral's group (building phase or building) and household. */
    async reportFacts(projectId: string, groupColumn: 'building_phase_id' | 'building_id') {
      const rows = await sql<{ groupId: string | null; householdKey: string; partnerId: string; partnerName: string }>`
        select ${sql.ref(`a.${groupColumn}`)} as "groupId", r.household_id::text as "householdKey", r.partner_organisation_id::text as "partnerId", po.name as "partnerName"
        from referrals r join households h on h.id = r.household_id join addresses a on a.id = h.address_id
        join organisations po on po.id = r.partner_organisation_id
        where r.project_id = ${projectId}`.execute(db);
      return rows.rows;
    },
  };
}
