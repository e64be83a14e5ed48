import { sql } from 'kysely';
import { contractorRoles, type CursorKey } from '@thuis/domain';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn } from '../households/lives-there-repository.js';

export interface VisitRow {
  id: string;
  addressId: string;
  street: string;
  houseNumber: number;
  addition: string;
  kind: string;
  startsAt: Date;
  /** `startsAt` as the database keeps it (to the microsecond), for the page cursor. */
  cursorKey: string;
  endsAt: Date;
  outcome: string | null;
  registered: boolean;
  invitedAt: Date | null;
  note: string;
}

/** The list's order: start time, the id breaking ties (so pages never skip or repeat a visit). */
const listKey: KeyPart[] = [{ by: sql`v.starts_at` }, { by: sql`v.id` }];

export function createVisitRepository(db: Db) {
  return {
    /**
     * Visits in time order (`listKey`). `worksOnly`: only
     * the visits the contractor sees, in SQL so a page is full (the SQL form of `contractorSeesVisit`).
     * With `page`, at most `limit + 1` rows after `after`: the one extra tells that more follow.
     */
    async list(
      projectId: string,
      filter: { from?: Date; to?: Date; visitorId?: string; open?: boolean; visitIds?: string[]; worksOnly?: boolean },
      page?: { limit: number; after?: CursorKey },
    ): Promise<VisitRow[]> {
      let query = db
        .selectFrom('visits as v')
        .innerJoin('addresses as a', 'a.id', 'v.address_id')
        .leftJoin('letters_sent as ls', 'ls.visit_id', 'v.id')
        .where('v.project_id', '=', projectId)
        .select([
          'v.id',
          'v.address_id as addressId',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          'v.kind',
          'v.starts_at as startsAt',
          sql<string>`v.starts_at::text`.as('cursorKey'),
          'v.ends_at as endsAt',
          'v.outcome',
          'v.registered',
          'ls.sent_at as invitedAt',
          'v.note',
        ])
        .orderBy(orderByKey(listKey));
      if (filter.from) query = query.where('v.starts_at', '>=', filter.from);
      if (filter.to) query = query.where('v.starts_at', '<', filter.to);
      if (filter.open !== undefined) query = query.where('v.outcome', filter.open ? 'is' : 'is not', null);
      if (filter.visitIds) query = query.where('v.id', 'in', filter.visitIds);
      if (filter.visitorId)
        query = query.where((eb) =>
          eb.exists(
            eb.selectFrom('visit_visitors as vv').whereRef('vv.visit_id', '=', 'v.id').where('vv.user_id', '=', filter.visitorId!).select('vv.visit_id'),
          ),
        );
      if (filter.worksOnly)
        query = query.where(
          sql<boolean>`(v.kind = 'joint_intake' or exists (select 1 from visit_visitors vv join project_members m on m.user_id = vv.user_id and m.project_id = v.project_id
            where vv.visit_id = v.id and m.role in (${sql.join(contractorRoles)})))`,
        );
      if (page?.after) query = query.where(afterKey(listKey, page.after));
      if (page) query = query.limit(page.limit + 1);
      return query.execute();
    },

    /** The people going on each visit, by visit id. */
    async visitorsOf(visitIds: readonly string[]) {
      const going = new Map<string, { userId: string; displayName: string; role: string | null }[]>();
      if (visitIds.length === 0) return going;
      const rows = await db
        .selectFrom('visit_visitors as vv')
        .innerJoin('users as u', 'u.id', 'vv.user_id')
        .innerJoin('visits as v', 'v.id', 'vv.visit_id')
        .leftJoin('project_members as m', (join) => join.onRef('m.user_id', '=', 'vv.user_id').onRef('m.project_id', '=', 'v.project_id'))
        .where('vv.visit_id', 'in', visitIds)
        .select(['vv.visit_id as visitId', 'u.id as userId', 'u.display_name as displayName', 'm.role'])
        .orderBy('u.display_name')
        .execute();
      for (const { visitId, ...visitor } of rows) {
        const list = going.get(visitId);
        if (list) list.push(visitor);
        else going.set(visitId, [visitor]);
      }
      return going;
    },

    async find(projectId: string, visitId: string) {
      return db
        .selectFrom('visits')
        .where('project_id', '=', projectId)
        .where('id', '=', visitId)
        .select(['id', 'outcome', 'address_id as addressId', 'kind'])
        .executeTakeFirst();
    },

    /** Visitors who already have a visit overlapping [start, end) (other than `exceptVisitId`). */
    busyVisitors(userIds: readonly string[], start: Date, end: Date, exceptVisitId?: string) {
      let query = db
        .selectFrom('visit_visitors as vv')
        .innerJoin('visits as v', 'v.id', 'vv.visit_id')
        .innerJoin('users as u', 'u.id', 'vv.user_id')
        .where('vv.user_id', 'in', userIds)
        .where((eb) => eb.or([eb('v.outcome', 'is', null), eb('v.outcome', '<>', 'cancelled')]))
        .where('v.starts_at', '<', end)
        .where('v.ends_at', '>', start)
        .select(['u.id as userId', 'u.display_name as displayName'])
        .distinct();
      if (exceptVisitId) query = query.where('v.id', '<>', exceptVisitId);
      return userIds.length ? query.execute() : Promise.resolve([]);
    },

    /** Conversations a social team member has held in the project (for "first visits in pairs"). */
    async conversationsHeld(projectId: string, userIds: readonly string[]) {
      if (userIds.length === 0) return new Map<string, number>();
      const rows = await db
        .selectFrom('visit_visitors as vv')
        .innerJoin('visits as v', 'v.id', 'vv.visit_id')
        .where('v.project_id', '=', projectId)
        .where('v.outcome', '=', 'completed_with_conversation')
        .where('vv.user_id', 'in', userIds)
        .groupBy('vv.user_id')
        .select(['vv.user_id as userId', sql<number>`count(*)::int`.as('n')])
        .execute();
      return new Map(rows.map((r) => [r.userId, r.n]));
    },

    /**
     * The homes of a proposal, in the order asked: the address, whether the household living there
     * today objected to contact, and whether a visit without an outcome is already planned there.
     */
    async homesToPlan(projectId: string, addressIds: readonly string[]) {
      if (addressIds.length === 0) return [];
      const rows = await db
        .selectFrom('addresses as a')
        .where('a.project_id', '=', projectId)
        .where('a.id', 'in', addressIds)
        .select([
          'a.id',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          sql<boolean>`exists (select 1 from households h where h.address_id = a.id and h.no_contact and ${livesThereOn('h')})`.as('noContact'),
          sql<boolean>`exists (select 1 from visits v where v.address_id = a.id and v.outcome is null)`.as('openVisit'),
        ])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return addressIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    },

    /** Of these addresses, those where a visit without an outcome is planned already. */
    async withOpenVisit(addressIds: readonly string[]): Promise<Set<string>> {
      if (addressIds.length === 0) return new Set();
      const rows = await db.selectFrom('visits').where('address_id', 'in', addressIds).where('outcome', 'is', null).select('address_id').distinct().execute();
      return new Set(rows.map((r) => r.address_id));
    },

    /** Of these visits to be (address and start), the indexes of those at a household that objected to contact on that day. */
    async objectedAt(visits: readonly { addressId: string; startsAt: Date }[]): Promise<Set<number>> {
      if (visits.length === 0) return new Set();
      const asked = sql.join(visits.map((v, i) => sql`(${i}::int, ${v.addressId}::uuid, ${v.startsAt}::timestamptz)`));
      const rows = await sql<{ i: number }>`
        select distinct q.i from (values ${asked}) as q(i, address_id, starts_at)
        join households h on h.address_id = q.address_id and h.no_contact
        where ${livesThereOn('h', sql`(q.starts_at at time zone 'Europe/Amsterdam')::date`)}`.execute(db);
      return new Set(rows.rows.map((r) => r.i));
    },

    /** The visits (not cancelled) of these visitors that overlap [from, to): to plan around them. */
    busyTimes(userIds: readonly string[], from: Date, to: Date) {
      if (userIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('visit_visitors as vv')
        .innerJoin('visits as v', 'v.id', 'vv.visit_id')
        .innerJoin('users as u', 'u.id', 'vv.user_id')
        .where('vv.user_id', 'in', userIds)
        .where((eb) => eb.or([eb('v.outcome', 'is', null), eb('v.outcome', '<>', 'cancelled')]))
        .where('v.starts_at', '<', to)
        .where('v.ends_at', '>', from)
        .select(['u.display_name as displayName', 'v.starts_at as startsAt', 'v.ends_at as endsAt'])
        .execute();
    },

    /**
     * Claims a request id for a batch; false when it was claimed before (a retry). The primary key
     * makes a concurrent retry wait for the first transaction, then find it.
     */
    async claimBatch(requestId: string, projectId: string, userId: string): Promise<boolean> {
      const row = await db
        .insertInto('visit_batches')
        .values({ id: requestId, project_id: projectId, created_by: userId })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The project of a batch saved before, and the visits planned with it (in time order). */
    async batch(requestId: string) {
      const batch = await db.selectFrom('visit_batches').where('id', '=', requestId).select(['project_id as projectId']).executeTakeFirst();
      if (!batch) return undefined;
      const visits = await db.selectFrom('visits').where('batch_id', '=', requestId).select('id').orderBy('starts_at').orderBy('id').execute();
      return { projectId: batch.projectId, visitIds: visits.map((v) => v.id) };
    },

    async insert(
      values: { projectId: string; addressId: string; kind: string; startsAt: Date; endsAt: Date; note: string; createdBy: string; batchId?: string },
      visitorIds: readonly string[],
    ) {
      const row = await db
        .insertInto('visits')
        .values({
          project_id: values.projectId,
          address_id: values.addressId,
          kind: values.kind,
          starts_at: values.startsAt,
          ends_at: values.endsAt,
          note: values.note,
          created_by: values.createdBy,
          batch_id: values.batchId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('visit_visitors')
        .values(visitorIds.map((userId) => ({ visit_id: row.id, user_id: userId })))
        .execute();
      return row.id;
    },

    async update(visitId: string, values: { addressId: string; kind: string; startsAt: Date; endsAt: Date; note: string }, visitorIds: readonly string[]) {
      await db
        .updateTable('visits')
        .set({ address_id: values.addressId, kind: values.kind, starts_at: values.startsAt, ends_at: values.endsAt, note: values.note })
        .where('id', '=', visitId)
        .execute();
      await db.deleteFrom('visit_visitors').where('visit_id', '=', visitId).execute();
      await db
        .insertInto('visit_visitors')
        .values(visitorIds.map((userId) => ({ visit_id: visitId, user_id: userId })))
        .execute();
    },

    async recordOutcome(visitId: string, outcome: string) {
      await db
        .updateTable('visits')
        .set({ outcome, outcome_at: sql`now()` })
        .where('id', '=', visitId)
        .execute();
    },

    /**
     * Homes, homes with a visit that happened, and with a conversation, grouped by a grouping column.
     * `worksOnly` counts only the visits the contractor sees (the SQL form of `contractorSeesVisit`).
     */
    async progress(projectId: string, groupColumn: 'building_phase_id' | 'sub_neighbourhood_id' | 'building_id' | null, worksOnly = false) {
      const group = groupColumn ? sql.ref(`a.${groupColumn}`) : sql`null::uuid`;
      const seen = worksOnly
        ? sql`and (v.kind = 'joint_intake' or exists (select 1 from visit_visitors vv join project_members m on m.user_id = vv.user_id and m.project_id = v.project_id
            where vv.visit_id = v.id and m.role in (${sql.join(contractorRoles)})))`
        : sql``;
      const rows = await sql<{ groupId: string | null; homes: number; visited: number; withConversation: number }>`
        select ${group} as "groupId", count(*)::int as homes,
          count(*) filter (where exists (select 1 from visits v where v.address_id = a.id and v.outcome in ('completed_with_conversation','technical_only','conversation_declined') ${seen}))::int as visited,
          count(*) filter (where exists (select 1 from visits v where v.address_id = a.id and v.outcome = 'completed_with_conversation'))::int as "withConversation"
        from addresses a where a.project_id = ${projectId}
        group by 1`.execute(db);
      return rows.rows;
    },

    /** The owner of a feed; a switched-off account has none (also should its token have stayed). */
    async calendarUser(tokenHash: string) {
      return db
        .selectFrom('calendar_tokens as c')
        .innerJoin('users as u', 'u.id', 'c.user_id')
        .where('c.token_hash', '=', tokenHash)
        .where('u.active', '=', true)
        .select('c.user_id as userId')
        .executeTakeFirst();
    },
    async removeCalendarToken(userId: string) {
      await db.deleteFrom('calendar_tokens').where('user_id', '=', userId).execute();
    },
    async setCalendarToken(userId: string, tokenHash: string) {
      await db
        .insertInto('calendar_tokens')
        .values({ user_id: userId, token_hash: tokenHash })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash }))
        .execute();
    },
    /** A user's visits in every project they are still a member of, from a month ago on. */
    feedVisits(userId: string) {
      return db
        .selectFrom('visits as v')
        .innerJoin('visit_visitors as vv', 'vv.visit_id', 'v.id')
        .innerJoin('addresses as a', 'a.id', 'v.address_id')
        .innerJoin('projects as p', 'p.id', 'v.project_id')
        .innerJoin('project_members as m', (join) => join.onRef('m.project_id', '=', 'v.project_id').on('m.user_id', '=', userId))
        .where('vv.user_id', '=', userId)
        .where('v.starts_at', '>', sql<Date>`now() - interval '31 days'`)
        .select([
          'v.id',
          'v.kind',
          'v.starts_at as startsAt',
          'v.ends_at as endsAt',
          'v.outcome',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          'a.postcode',
          'a.city',
          'p.name as projectName',
          'm.role',
        ])
        .orderBy('v.starts_at')
        .execute();
    },
  };
}
