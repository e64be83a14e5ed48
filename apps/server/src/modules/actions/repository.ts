import { sql, type SqlBool } from 'kysely';
import type { ActionStatus, CursorKey, ProjectRole } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';

export interface ActionFilters {
  category?: string;
  ownerId?: string;
  buildingPhaseId?: string;
  status?: ActionStatus;
  /** Only actions due before this day and not finished. */
  overdueBefore?: string;
}

export interface ActionValues {
  title: string;
  ownerId: string;
  dueOn: string | null;
  status: ActionStatus;
  note: string;
}

/** The filters as one condition on `a` (actions) and `s` (their signals), the same for the page and its count. */
function filterCondition(projectId: string, filters: ActionFilters) {
  const parts = [sql`a.project_id = ${projectId}`];
  if (filters.category) parts.push(sql`s.category = ${filters.category}`);
  if (filters.ownerId) parts.push(sql`a.owner_id = ${filters.ownerId}`);
  if (filters.buildingPhaseId) parts.push(sql`s.building_phase_id = ${filters.buildingPhaseId}`);
  if (filters.status) parts.push(sql`a.status = ${filters.status}`);
  if (filters.overdueBefore) parts.push(sql`a.due_on < ${filters.overdueBefore} and a.status in ('open', 'in_progress')`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** The list's order: overdue on `today` first, then by due day (none last), title and id. */
function listKey(today: string): KeyPart[] {
  return [
    { by: sql`(case when a.due_on < ${today} and a.status in ('open', 'in_progress') then 0 else 1 end)` },
    { by: sql`coalesce(a.due_on, date '9999-12-31')` },
    { by: sql`a.title` },
    { by: sql`a.id` },
  ];
}

/** The only SQL of the action list. */
export function createActionRepository(db: Db) {
  const selectActions = () =>
    db
      .selectFrom('actions as a')
      .innerJoin('users as o', 'o.id', 'a.owner_id')
      .leftJoin('signals as s', 's.id', 'a.signal_id')
      .leftJoin('building_phases as bp', 'bp.id', 's.building_phase_id')
      .leftJoin('interim_evaluations as ie', 'ie.id', 'a.interim_evaluation_id')
      .select([
        'a.id',
        'a.signal_id as signalId',
        'a.interim_evaluation_id as interimEvaluationId',
        'ie.held_on as interimEvaluationHeldOn',
        's.category',
        's.subject',
        's.building_phase_id as buildingPhaseId',
        'bp.name as buildingPhaseName',
        'a.title',
        'a.owner_id as ownerId',
        'o.display_name as ownerName',
        'a.due_on as dueOn',
        'a.status',
        'a.note',
        'a.created_at as createdAt',
        'a.updated_at as updatedAt',
      ]);

  return {
    /**
     * A page of actions (one row more than `limit`) after the cursor's key. With `withContext` also
     * the home and the signal each follows up (for readers of signals only: it links to a household).
     */
    async list(projectId: string, filters: ActionFilters, page: { limit: number; today: string; after?: CursorKey; withContext: boolean }) {
      const key = listKey(page.today);
      let query = selectActions()
        .where(filterCondition(projectId, filters))
        .leftJoin('households as hh', 'hh.pseudonym', 's.household_key')
        .leftJoin('addresses as ad', (join) => join.onRef('ad.id', '=', 'hh.address_id').onRef('ad.project_id', '=', 'a.project_id'))
        .select([
          sql<number>`(case when a.due_on < ${page.today} and a.status in ('open', 'in_progress') then 0 else 1 end)`.as('overdueRank'),
          sql<string>`coalesce(a.due_on, date '9999-12-31')::text`.as('dueKey'),
          's.household_key as householdKey',
          'hh.id as householdId',
          ...(page.withContext
            ? ([
                sql<string | null>`case when ad.id is null then null else concat_ws(' ', ad.street, ad.house_number::text, nullif(ad.addition, '')) end`.as(
                  'addressLabel',
                ),
                's.created_at as signalCreatedAt',
                's.description as signalDescription',
              ] as const)
            : []),
        ])
        .orderBy(orderByKey(key))
        .limit(page.limit + 1);
      if (page.after) query = query.where(afterKey(key, page.after));
      return query.execute();
    },

    async count(projectId: string, filters: ActionFilters) {
      const row = await db
        .selectFrom('actions as a')
        .leftJoin('signals as s', 's.id', 'a.signal_id')
        .where(filterCondition(projectId, filters))
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      return row.total;
    },

    async find(projectId: string, actionId: string) {
      return selectActions().where('a.project_id', '=', projectId).where('a.id', '=', actionId).executeTakeFirst();
    },

    /** A new action following up a signal, agreed at an interim evaluation, or neither (the team's own). */
    async insert(
      projectId: string,
      signalId: string | null,
      values: ActionValues,
      createdBy: string,
      adjustment: { evaluationId: string; position: number } | null = null,
    ) {
      const row = await db
        .insertInto('actions')
        .values({
          project_id: projectId,
          signal_id: signalId,
          interim_evaluation_id: adjustment?.evaluationId ?? null,
          interim_position: adjustment?.position ?? null,
          title: values.title,
          owner_id: values.ownerId,
          due_on: values.dueOn,
          status: values.status,
          note: values.note,
          created_by: createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(projectId: string, actionId: string, values: ActionValues) {
      const result = await db
        .updateTable('actions')
        .set({
          title: values.title,
          owner_id: values.ownerId,
          due_on: values.dueOn,
          status: values.status,
          note: values.note,
          updated_at: new Date(),
          // A new due date or owner deserves a new reminder when it passes.
          reminded_on: sql`case when due_on is distinct from ${values.dueOn}::date or owner_id <> ${values.ownerId}::uuid then null else reminded_on end`,
        })
        .where('project_id', '=', projectId)
        .where('id', '=', actionId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** A person's own overdue actions, in projects where they still hold the given roles. */
    async overdueFor(userId: string, today: string, roles: readonly ProjectRole[]) {
      return db
        .selectFrom('actions as a')
        .innerJoin('projects as p', 'p.id', 'a.project_id')
        .innerJoin('project_members as m', (join) => join.onRef('m.project_id', '=', 'a.project_id').onRef('m.user_id', '=', 'a.owner_id'))
        .where('a.owner_id', '=', userId)
        .where('m.role', 'in', roles)
        .where('a.due_on', '<', today)
        .where('a.status', 'in', ['open', 'in_progress'])
        .select(['a.id', 'a.project_id as projectId', 'p.name as projectName', 'a.title', 'a.due_on as dueOn'])
        .orderBy('a.due_on')
        .execute();
    },

    /**
     * Claims one owner's overdue actions not yet reminded of today: marks them in the same
     * statement, so two app instances never send the same reminder. Returns the owner and actions.
     * The owner's user row is the lock: locking (and skipping) single actions would let two
     * instances, or one instance and someone editing an action, split one person's list into two
     * e-mails. An action held by an edit is waited for, not skipped.
     */
    async claimReminders(today: string, roles: readonly string[]) {
      const result = await sql<{ ownerId: string; email: string; locale: 'nl' | 'en'; id: string; title: string; dueOn: string; projectName: string }>`
        with owner as (
          select u.id as owner_id from users u
          where u.active and exists (
            select 1 from actions a
            join project_members m on m.project_id = a.project_id and m.user_id = a.owner_id and m.role = any(${roles as string[]})
            where a.owner_id = u.id and a.status in ('open', 'in_progress') and a.due_on < ${today}::date and a.reminded_on is distinct from ${today}::date
          )
          limit 1
          for no key update of u skip locked
        ),
        claimed as (
          select a.id from actions a, owner
          where a.owner_id = owner.owner_id and a.status in ('open', 'in_progress') and a.due_on < ${today}::date and a.reminded_on is distinct from ${today}::date
            and exists (select 1 from project_members m where m.project_id = a.project_id and m.user_id = a.owner_id and m.role = any(${roles as string[]}))
          for update of a
        ),
        marked as (
          update actions a set reminded_on = ${today}::date from claimed where a.id = claimed.id
          returning a.id, a.owner_id, a.title, a.due_on, a.project_id
        )
        select marked.owner_id as "ownerId", u.email, u.locale, marked.id, marked.title, marked.due_on as "dueOn", p.name as "projectName"
        from marked join users u on u.id = marked.owner_id join projects p on p.id = marked.project_id
        order by marked.due_on`.execute(db);
      return result.rows;
    },

    /** Gives claimed reminders back after a failed send, so a later round tries again. */
    async releaseReminders(actionIds: string[]) {
      if (actionIds.length) await db.updateTable('actions').set({ reminded_on: null }).where('id', 'in', actionIds).execute();
    },
  };
}
