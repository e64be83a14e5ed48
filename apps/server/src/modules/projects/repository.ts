import { sql } from 'kysely';
import {
  phaseKeys,
  type CursorKey,
  type Partner,
  type Phase,
  type PhaseInput,
  type PhaseKey,
  type ProjectInput,
  type ProjectRole,
  type TeamMember,
} from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { ACCOUNT_RESOURCE } from '../../platform/audit/audit.js';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';

/** An `ilike` pattern for a name containing `search` literally (its % and _ are no wildcards). */
const containing = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ProjectRow {
  id: string;
  name: string;
  neighbourhood: string;
  municipality: string;
  description: string;
  worksKinds: ProjectInput['worksKinds'];
  startsOn: string;
  endsOn: string | null;
  teamPhone: string;
  teamEmail: string;
}

export function createProjectRepository(db: Db) {
  const projectColumns = [
    'p.id',
    'p.name',
    'p.neighbourhood',
    'p.municipality',
    'p.description',
    'p.works_kinds as worksKinds',
    'p.starts_on as startsOn',
    'p.ends_on as endsOn',
    'p.team_phone as teamPhone',
    'p.team_email as teamEmail',
  ] as const;

  const toColumns = (input: ProjectInput) => ({
    name: input.name,
    neighbourhood: input.neighbourhood,
    municipality: input.municipality,
    description: input.description,
    works_kinds: sql<string[]>`${sql.val(input.worksKinds)}::text[]`,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    team_phone: input.teamPhone,
    team_email: input.teamEmail,
  });

  return {
    /** A page of the member's projects (one row more than `limit`), newest start first, then by name; `search` is part of the name. */
    async pageForMember(userId: string, { search, limit, after }: { search?: string; limit: number; after?: CursorKey }) {
      const key: KeyPart[] = [{ by: sql`p.starts_on`, desc: true }, { by: sql`p.name` }, { by: sql`p.id` }];
      let query = db
        .selectFrom('projects as p')
        .innerJoin('project_members as m', 'm.project_id', 'p.id')
        .where('m.user_id', '=', userId)
        .select(['p.id', 'p.name', 'p.neighbourhood', 'p.municipality', 'p.starts_on as startsOn', 'p.ends_on as endsOn', 'm.role'])
        .orderBy(orderByKey(key))
        .limit(limit + 1);
      if (search) query = query.where('p.name', 'ilike', containing(search));
      if (after) query = query.where(afterKey(key, after));
      return (await query.execute()) as {
        id: string;
        name: string;
        neighbourhood: string;
        municipality: string;
        startsOn: string;
        endsOn: string | null;
        role: ProjectRole;
      }[];
    },

    async countForMember(userId: string, search?: string) {
      let query = db
        .selectFrom('projects as p')
        .innerJoin('project_members as m', 'm.project_id', 'p.id')
        .where('m.user_id', '=', userId)
        .select(sql<number>`count(*)::int`.as('total'));
      if (search) query = query.where('p.name', 'ilike', containing(search));
      return (await query.executeTakeFirstOrThrow()).total;
    },

    async find(id: string): Promise<ProjectRow | undefined> {
      return (await db.selectFrom('projects as p').where('p.id', '=', id).select(projectColumns).executeTakeFirst()) as ProjectRow | undefined;
    },

    async insert(input: ProjectInput, createdBy: string): Promise<string> {
      const row = await db
        .insertInto('projects')
        .values({ ...toColumns(input), created_by: createdBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('project_phases')
        .values(phaseKeys.map((phase) => ({ project_id: row.id, phase, status: 'not_started' as const })))
        .execute();
      return row.id;
    },

    async update(id: string, input: ProjectInput): Promise<void> {
      await db
        .updateTable('projects')
        .set({ ...toColumns(input), updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
    },

    async phasesOf(projectIds: readonly string[]): Promise<(Phase & { projectId: string })[]> {
      if (projectIds.length === 0) return [];
      const rows = await db
        .selectFrom('project_phases')
        .where('project_id', 'in', projectIds)
        .select([
          'project_id as projectId',
          'phase',
          'planned_start as plannedStart',
          'planned_end as plannedEnd',
          'actual_start as actualStart',
          'actual_end as actualEnd',
          'status',
        ])
        .execute();
      return rows.sort((a, b) => phaseKeys.indexOf(a.phase) - phaseKeys.indexOf(b.phase));
    },

    async savePhase(projectId: string, phase: PhaseKey, input: PhaseInput): Promise<void> {
      const values = {
        planned_start: input.plannedStart,
        planned_end: input.plannedEnd,
        actual_start: input.actualStart,
        actual_end: input.actualEnd,
        status: input.status,
      };
      await db
        .insertInto('project_phases')
        .values({ project_id: projectId, phase, ...values })
        .onConflict((oc) => oc.columns(['project_id', 'phase']).doUpdateSet(values))
        .execute();
    },

    partners(projectId: string): Promise<Partner[]> {
      return db
        .selectFrom('project_partners as pp')
        .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
        .where('pp.project_id', '=', projectId)
        .select(['o.id as organisationId', 'o.name as organisationName', 'o.type as organisationType', 'pp.part'])
        .orderBy('pp.part', 'desc') // core before chain
        .orderBy(sql`lower(o.name)`)
        .execute();
    },

    async replacePartners(projectId: string, partners: { organisationId: string; part: 'core' | 'chain' }[]): Promise<void> {
      await db.deleteFrom('project_partners').where('project_id', '=', projectId).execute();
      if (partners.length)
        await db
          .insertInto('project_partners')
          .values(partners.map((p) => ({ project_id: projectId, organisation_id: p.organisationId, part: p.part })))
          .execute();
    },

    team(projectId: string): Promise<TeamMember[]> {
      return db
        .selectFrom('project_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .where('m.project_id', '=', projectId)
        .select(['u.id as userId', 'u.display_name as displayName', 'o.id as organisationId', 'o.name as organisationName', 'm.role'])
        .orderBy(sql`lower(u.display_name)`)
        .execute();
    },

    teamContacts(projectId: string) {
      return db
        .selectFrom('project_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .where('m.project_id', '=', projectId)
        .select(['u.id as userId', 'u.display_name as displayName', 'u.email', 'u.phone'])
        .orderBy(sql`lower(u.display_name)`)
        .execute();
    },

    async replaceTeam(projectId: string, members: { userId: string; role: ProjectRole }[]): Promise<void> {
      await db.deleteFrom('project_members').where('project_id', '=', projectId).execute();
      if (members.length)
        await db
          .insertInto('project_members')
          .values(members.map((m) => ({ project_id: projectId, user_id: m.userId, role: m.role })))
          .execute();
    },

    /** Active users of the project's partner organisations: who can join the team. */
    candidates(projectId: string) {
      return db
        .selectFrom('users as u')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .innerJoin('project_partners as pp', (join) => join.onRef('pp.organisation_id', '=', 'o.id').on('pp.project_id', '=', projectId))
        .where('u.active', '=', true)
        .select(['u.id as userId', 'u.display_name as displayName', 'o.id as organisationId', 'o.name as organisationName', 'o.type as organisationType'])
        .orderBy(sql`lower(o.name)`)
        .orderBy(sql`lower(u.display_name)`)
        .execute();
    },

    /** Users by id with their organisation, to check a new team against the partners. */
    usersWithOrganisation(userIds: readonly string[]) {
      if (userIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('users as u')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .where('u.id', 'in', userIds)
        .select(['u.id', 'u.active', 'o.id as organisationId', 'o.type as organisationType'])
        .execute();
    },

    async existingOrganisations(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.selectFrom('organisations').where('id', 'in', ids).select('id').execute();
      return new Set(rows.map((r) => r.id));
    },

    socialNotes(projectId: string) {
      return db.selectFrom('project_social_notes').where('project_id', '=', projectId).select(['text', 'updated_at as updatedAt']).executeTakeFirst();
    },

    async saveSocialNotes(projectId: string, text: string, userId: string): Promise<void> {
      await db
        .insertInto('project_social_notes')
        .values({ project_id: projectId, text, updated_by: userId })
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ text, updated_by: userId, updated_at: sql`now()` }))
        .execute();
    },

    auditEntries(
      projectId: string,
      filters: { resourceType?: string; resourceId?: string; householdId?: string; action?: string; before?: string; limit: number },
    ) {
      let query = db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_user_id')
        .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
        // The accounts of the project's members have events of their own (log-ins, resets…) for the leader.
        .leftJoin('users as s', (join) => join.on('a.resource_type', '=', ACCOUNT_RESOURCE).on(sql`s.id::text`, '=', sql.ref('a.resource_id')))
        .where((eb) =>
          eb.or([
            eb('a.project_id', '=', projectId),
            eb.and([
              eb('a.resource_type', '=', ACCOUNT_RESOURCE),
              eb(
                'a.resource_id',
                'in',
                eb
                  .selectFrom('project_members')
                  .where('project_id', '=', projectId)
                  .select(sql<string>`user_id::text`.as('userId')),
              ),
            ]),
          ]),
        )
        .select([
          'a.id',
          'a.occurred_at as at',
          'u.display_name as actorName',
          'o.name as actorOrganisation',
          'a.action',
          'a.resource_type as resourceType',
          'a.resource_id as resourceId',
          's.display_name as subjectName',
          'a.details',
        ]);
      if (filters.resourceType) query = query.where('a.resource_type', '=', filters.resourceType);
      // A list read is one entry naming the ids it showed: it is found by each of them.
      if (filters.resourceId)
        query = query.where((eb) =>
          eb.or([eb('a.resource_id', '=', filters.resourceId!), eb(sql`a.details -> 'ids'`, '@>', sql`${JSON.stringify([filters.resourceId])}::jsonb`)]),
        );
      // Who saw a household: its own entries, and every list read that named it (by the household, or
      // by its id among the items, as the household list named them before the households had a column).
      if (filters.householdId)
        query = query.where((eb) =>
          eb.or([
            eb('a.resource_id', '=', filters.householdId!),
            eb('a.household_ids', '@>', sql<string[]>`array[${filters.householdId}]::uuid[]`),
            eb(sql`a.details -> 'ids'`, '@>', sql`${JSON.stringify([filters.householdId])}::jsonb`),
          ]),
        );
      if (filters.action) query = query.where('a.action', '=', filters.action);
      if (filters.before) query = query.where('a.id', '<', filters.before);
      return query.orderBy('a.id', 'desc').limit(filters.limit).execute();
    },
  };
}
export type ProjectRepository = ReturnType<typeof createProjectRepository>;
