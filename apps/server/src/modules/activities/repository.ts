import { sql } from 'kysely';
import type {
  ActivityHoursInput,
  ActivityInput,
  ActivityKind,
  ActivityQuery,
  ActivityReachInput,
  ActivityRecurrence,
  ActivityStatus,
  PartnerDecision,
} from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  title: string;
  description: string;
  status: ActivityStatus;
  place: string;
  startsOn: string | null;
  endsOn: string | null;
  recurrence: ActivityRecurrence;
  recurrenceNote: string;
  buildingPhaseId: string | null;
  buildingPhaseName: string | null;
  residentOrganisers: number;
  residentOrganisersNote: string;
  budgetEuros: number | null;
  budgetHours: number | null;
  lasts: boolean;
  successorOwner: string;
  updatedAt: Date;
  themes: { id: string; name: string }[];
  owners: { id: string; name: string }[];
  partners: {
    organisationId: string | null;
    name: string;
    request: string;
    requestedOn: string | null;
    decision: PartnerDecision;
    decidedOn: string | null;
    decisionNote: string;
  }[];
  bookedHours: number;
  reach: { participants: number; firstTimers: number };
}

function columns(input: ActivityInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    status: input.status,
    place: input.place,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    recurrence: input.recurrence,
    recurrence_note: input.recurrenceNote,
    building_phase_id: input.buildingPhaseId,
    resident_organisers: input.residentOrganisers,
    resident_organisers_note: input.residentOrganisersNote,
    budget_euros: input.budgetEuros,
    budget_hours: input.budgetHours,
    lasts: input.lasts,
    successor_owner: input.successorOwner,
  };
}

/** The only SQL of the activity register. */
export function createActivityRepository(db: Db) {
  async function replaceLinks(activityId: string, input: ActivityInput) {
    await db.deleteFrom('activity_themes').where('activity_id', '=', activityId).execute();
    await db.deleteFrom('activity_owners').where('activity_id', '=', activityId).execute();
    await db.deleteFrom('activity_partners').where('activity_id', '=', activityId).execute();
    if (input.themeIds.length)
      await db
        .insertInto('activity_themes')
        .values(input.themeIds.map((theme_id) => ({ activity_id: activityId, theme_id })))
        .execute();
    if (input.ownerIds.length)
      await db
        .insertInto('activity_owners')
        .values(input.ownerIds.map((user_id) => ({ activity_id: activityId, user_id })))
        .execute();
    if (input.partners.length)
      await db
        .insertInto('activity_partners')
        .values(
          input.partners.map((p, position) => ({
            activity_id: activityId,
            position,
            organisation_id: p.organisationId,
            name: p.name,
            request: p.request,
            requested_on: p.requestedOn,
            decision: p.decision,
            decided_on: p.decidedOn,
            decision_note: p.decisionNote,
          })),
        )
        .execute();
  }

  /** Themes, owners, partners, booked hours and summed reach of the given activities. */
  async function withDetails(rows: Omit<ActivityRow, 'themes' | 'owners' | 'partners' | 'bookedHours' | 'reach'>[]): Promise<ActivityRow[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [themes, owners, partners, hours, reach] = await Promise.all([
      db
        .selectFrom('activity_themes as at')
        .innerJoin('themes as t', 't.id', 'at.theme_id')
        .where('at.activity_id', 'in', ids)
        .select(['at.activity_id as activityId', 't.id', 't.name'])
        .orderBy('t.name')
        .execute(),
      db
        .selectFrom('activity_owners as ao')
        .innerJoin('users as u', 'u.id', 'ao.user_id')
        .where('ao.activity_id', 'in', ids)
        .select(['ao.activity_id as activityId', 'u.id', 'u.display_name as name'])
        .orderBy('u.display_name')
        .execute(),
      db
        .selectFrom('activity_partners as ap')
        .leftJoin('organisations as o', 'o.id', 'ap.organisation_id')
        .where('ap.activity_id', 'in', ids)
        .select([
          'ap.activity_id as activityId',
          'ap.organisation_id as organisationId',
          sql<string>`case when ap.organisation_id is null then ap.name else coalesce(o.name, ap.name) end`.as('name'),
          'ap.request',
          'ap.requested_on as requestedOn',
          'ap.decision',
          'ap.decided_on as decidedOn',
          'ap.decision_note as decisionNote',
        ])
        .orderBy('ap.position')
        .execute(),
      db
        .selectFrom('hour_bookings')
        .where('activity_id', 'in', ids)
        .select(['activity_id as activityId', sql<number>`sum(hours)::float8`.as('hours')])
        .groupBy('activity_id')
        .execute(),
      db
        .selectFrom('activity_reach')
        .where('activity_id', 'in', ids)
        .select(['activity_id as activityId', sql<number>`sum(participants)::int`.as('participants'), sql<number>`sum(first_timers)::int`.as('firstTimers')])
        .groupBy('activity_id')
        .execute(),
    ]);
    const group = <T extends { activityId: string | null }>(list: T[]) => {
      const map = new Map<string, Omit<T, 'activityId'>[]>();
      for (const { activityId, ...rest } of list) map.set(activityId!, [...(map.get(activityId!) ?? []), rest]);
      return map;
    };
    const themesOf = group(themes);
    const ownersOf = group(owners);
    const partnersOf = group(partners);
    const hoursOf = new Map(hours.map((h) => [h.activityId!, h.hours]));
    const reachOf = new Map(reach.map((r) => [r.activityId, { participants: r.participants, firstTimers: r.firstTimers }]));
    return rows.map((r) => ({
      ...r,
      themes: themesOf.get(r.id) ?? [],
      owners: ownersOf.get(r.id) ?? [],
      partners: (partnersOf.get(r.id) ?? []) as ActivityRow['partners'],
      bookedHours: hoursOf.get(r.id) ?? 0,
      reach: reachOf.get(r.id) ?? { participants: 0, firstTimers: 0 },
    }));
  }

  function base(projectId: string) {
    return db
      .selectFrom('activities as a')
      .leftJoin('building_phases as bp', 'bp.id', 'a.building_phase_id')
      .where('a.project_id', '=', projectId)
      .select([
        'a.id',
        'a.kind',
        'a.title',
        'a.description',
        'a.status',
        'a.place',
        'a.starts_on as startsOn',
        'a.ends_on as endsOn',
        'a.recurrence',
        'a.recurrence_note as recurrenceNote',
        'a.building_phase_id as buildingPhaseId',
        'bp.name as buildingPhaseName',
        'a.resident_organisers as residentOrganisers',
        'a.resident_organisers_note as residentOrganisersNote',
        'a.budget_euros as budgetEuros',
        'a.budget_hours as budgetHours',
        'a.lasts',
        'a.successor_owner as successorOwner',
        'a.updated_at as updatedAt',
      ]);
  }

  return {
    async insert(projectId: string, createdBy: string, input: ActivityInput) {
      const { id } = await db
        .insertInto('activities')
        .values({ project_id: projectId, created_by: createdBy, ...columns(input) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceLinks(id, input);
      return id;
    },

    async update(projectId: string, activityId: string, input: ActivityInput): Promise<boolean> {
      const result = await db
        .updateTable('activities')
        .set({ ...columns(input), updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', activityId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await replaceLinks(activityId, input);
      return true;
    },

    async remove(projectId: string, activityId: string): Promise<boolean> {
      const result = await db.deleteFrom('activities').where('project_id', '=', projectId).where('id', '=', activityId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async exists(projectId: string, activityId: string) {
      return (await db.selectFrom('activities').where('project_id', '=', projectId).where('id', '=', activityId).select('id').executeTakeFirst()) !== undefined;
    },

    async find(projectId: string, activityId: string): Promise<ActivityRow | undefined> {
      const row = await base(projectId).where('a.id', '=', activityId).executeTakeFirst();
      return row ? (await withDetails([row]))[0] : undefined;
    },

    /** One page of the register, newest first within status order, with the number of matches. */
    async list(projectId: string, query: ActivityQuery): Promise<{ rows: ActivityRow[]; total: number }> {
      let q = base(projectId);
      if (query.kind) q = q.where('a.kind', '=', query.kind);
      if (query.status) q = q.where('a.status', '=', query.status);
      if (query.buildingPhaseId) q = q.where('a.building_phase_id', '=', query.buildingPhaseId);
      if (query.themeId) {
        const themeId = query.themeId;
        q = q.where((eb) =>
          eb.exists(eb.selectFrom('activity_themes as at').whereRef('at.activity_id', '=', 'a.id').where('at.theme_id', '=', themeId).select('at.activity_id')),
        );
      }
      const { total } = await q
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .orderBy(sql`a.starts_on desc nulls last`)
        .orderBy('a.created_at', 'desc')
        .orderBy('a.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { rows: await withDetails(rows), total };
    },

    /** Every activity of the project with its themes and summed reach, for the progress view. */
    async summary(projectId: string) {
      const rows = await db
        .selectFrom('activities')
        .where('project_id', '=', projectId)
        .select(['id', 'kind', 'title', 'status', 'lasts', 'successor_owner as successorOwner'])
        .orderBy('title')
        .execute();
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const [themes, reach] = await Promise.all([
        db.selectFrom('activity_themes').where('activity_id', 'in', ids).select(['activity_id as activityId', 'theme_id as themeId']).execute(),
        db
          .selectFrom('activity_reach')
          .where('activity_id', 'in', ids)
          .select(['activity_id as activityId', sql<number>`sum(participants)::int`.as('participants'), sql<number>`sum(first_timers)::int`.as('firstTimers')])
          .groupBy('activity_id')
          .execute(),
      ]);
      const reachOf = new Map(reach.map((r) => [r.activityId, r]));
      return rows.map((r) => ({
        ...r,
        themeIds: themes.filter((t) => t.activityId === r.id).map((t) => t.themeId),
        reach: { participants: reachOf.get(r.id)?.participants ?? 0, firstTimers: reachOf.get(r.id)?.firstTimers ?? 0 },
      }));
    },

    themeNames(projectId: string) {
      return db.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name']).execute();
    },

    /** Of the given ids, those that are themes of the project. */
    async knownThemes(projectId: string, themeIds: readonly string[]) {
      if (themeIds.length === 0) return new Set<string>();
      return new Set((await db.selectFrom('themes').where('project_id', '=', projectId).where('id', 'in', themeIds).select('id').execute()).map((r) => r.id));
    },

    /** Of the given ids, those that are members of the project team (professionals, not the resident group). */
    async teamMembers(projectId: string, userIds: readonly string[]) {
      if (userIds.length === 0) return new Set<string>();
      return new Set(
        (
          await db
            .selectFrom('project_members')
            .where('project_id', '=', projectId)
            .where('user_id', 'in', userIds)
            .where('role', '!=', 'resident_group')
            .select('user_id')
            .execute()
        ).map((r) => r.user_id),
      );
    },

    /** Of the given ids, the partner organisations of the project. */
    async partnerOrganisations(projectId: string, organisationIds: readonly string[]) {
      if (organisationIds.length === 0) return new Set<string>();
      return new Set(
        (
          await db
            .selectFrom('project_partners')
            .where('project_id', '=', projectId)
            .where('organisation_id', 'in', organisationIds)
            .select('organisation_id')
            .execute()
        ).map((r) => r.organisation_id),
      );
    },

    async buildingPhaseExists(projectId: string, buildingPhaseId: string) {
      return (
        (await db.selectFrom('building_phases').where('project_id', '=', projectId).where('id', '=', buildingPhaseId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    reachEntries(activityId: string) {
      return db
        .selectFrom('activity_reach')
        .where('activity_id', '=', activityId)
        .select(['id', 'held_on as heldOn', 'participants', 'first_timers as firstTimers', 'note'])
        .orderBy(sql`held_on desc nulls first`)
        .orderBy('created_at', 'desc')
        .execute();
    },

    async addReach(activityId: string, createdBy: string, input: ActivityReachInput) {
      return (
        await db
          .insertInto('activity_reach')
          .values({
            activity_id: activityId,
            held_on: input.heldOn,
            participants: input.participants,
            first_timers: input.firstTimers,
            note: input.note,
            created_by: createdBy,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },

    async removeReach(projectId: string, activityId: string, reachId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('activity_reach')
        .where('id', '=', reachId)
        .where('activity_id', '=', activityId)
        .where((eb) => eb.exists(eb.selectFrom('activities').where('id', '=', activityId).where('project_id', '=', projectId).select('id')))
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    /** Hours worked on an activity, booked on the phase-4 hour line of the project. */
    async bookHours(projectId: string, activityId: string, userId: string, organisationId: string, input: ActivityHoursInput) {
      return (
        await db
          .insertInto('hour_bookings')
          .values({
            project_id: projectId,
            user_id: userId,
            organisation_id: organisationId,
            phase: 'social_connecting',
            worked_on: input.workedOn,
            hours: input.hours,
            note: input.note,
            activity_id: activityId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },

    /** Hours booked on the phase-4 line: all of them, and those on an activity. */
    async connectingHours(projectId: string) {
      const row = await db
        .selectFrom('hour_bookings')
        .where('project_id', '=', projectId)
        .where('phase', '=', 'social_connecting')
        .select([
          sql<number>`coalesce(sum(hours), 0)::float8`.as('booked'),
          sql<number>`coalesce(sum(hours) filter (where activity_id is not null), 0)::float8`.as('onActivities'),
        ])
        .executeTakeFirstOrThrow();
      return row;
    },
  };
}
