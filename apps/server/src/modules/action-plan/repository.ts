import { sql } from 'kysely';
import type { PlanGoalInput, PlanReviewDecision, ReviewStage } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/**
 * The only SQL of the action plan. It reads themes, top 5 lists and conversation outcomes of the
 * picture, never households, addresses or registrations: the plan carries no personal data.
 */
export function createActionPlanRepository(db: Db) {
  return {
    async projectName(projectId: string) {
      return (await db.selectFrom('projects').where('id', '=', projectId).select('name').executeTakeFirstOrThrow()).name;
    },

    versions(projectId: string, stages: readonly ReviewStage[]) {
      return db
        .selectFrom('action_plans as p')
        .leftJoin('users as u', 'u.id', 'p.created_by')
        .where('p.project_id', '=', projectId)
        .where('p.stage', 'in', stages as ReviewStage[])
        .select(['p.id', 'p.version', 'p.title', 'p.introduction', 'p.stage', 'u.display_name as createdByName', 'p.created_at as createdAt'])
        .orderBy('p.version', 'desc')
        .execute();
    },
    async stages(projectId: string) {
      return (await db.selectFrom('action_plans').where('project_id', '=', projectId).select('stage').execute()).map((r) => r.stage);
    },
    version(projectId: string, versionId: string) {
      return db
        .selectFrom('action_plans')
        .where('project_id', '=', projectId)
        .where('id', '=', versionId)
        .select(['id', 'version', 'title', 'introduction', 'stage', 'created_at as createdAt'])
        .executeTakeFirst();
    },
    /** Locks the version's row until the transaction ends, so an edit and a review cannot cross. */
    lockVersion(projectId: string, versionId: string) {
      return db
        .selectFrom('action_plans')
        .where('project_id', '=', projectId)
        .where('id', '=', versionId)
        .select(['id', 'stage'])
        .forUpdate()
        .executeTakeFirst();
    },
    async latestPublishedId(projectId: string) {
      const row = await db
        .selectFrom('action_plans')
        .where('project_id', '=', projectId)
        .where('stage', '=', 'published')
        .select('id')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.id ?? null;
    },
    /** The next version number: versions of one project are numbered while holding a project lock. */
    async insertVersion(projectId: string, values: { title: string; introduction: string }, userId: string) {
      await sql`select pg_advisory_xact_lock(hashtext(${`action-plan:${projectId}`}))`.execute(db);
      const last = await db
        .selectFrom('action_plans')
        .where('project_id', '=', projectId)
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      const version = Number(last?.version ?? 0) + 1;
      const row = await db
        .insertInto('action_plans')
        .values({ project_id: projectId, version, title: values.title, introduction: values.introduction, created_by: userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, version };
    },
    /** Another version under way: checked again under the project lock. */
    async versionUnderWay(projectId: string, exceptId: string) {
      const row = await db
        .selectFrom('action_plans')
        .where('project_id', '=', projectId)
        .where('stage', '!=', 'published')
        .where('id', '!=', exceptId)
        .select('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async copyGoals(fromPlanId: string, toPlanId: string, userId: string) {
      const goals = await db.selectFrom('action_plan_goals').where('plan_id', '=', fromPlanId).selectAll().orderBy('position').execute();
      const copied: { from: string; to: string }[] = [];
      for (const g of goals) {
        const row = await db
          .insertInto('action_plan_goals')
          .values({
            plan_id: toPlanId,
            position: g.position,
            kind: g.kind,
            title: g.title,
            description: g.description,
            theme_ids: g.theme_ids,
            outcome_ids: g.outcome_ids,
            created_by: userId,
            updated_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        copied.push({ from: g.id, to: row.id });
        const links = await db.selectFrom('action_plan_goal_activities').where('goal_id', '=', g.id).select(['activity_id', 'position']).execute();
        if (links.length)
          await db
            .insertInto('action_plan_goal_activities')
            .values(links.map((l) => ({ goal_id: row.id, activity_id: l.activity_id, position: l.position })))
            .execute();
      }
      return copied;
    },

    goals(planIds: string[]) {
      if (planIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('action_plan_goals')
        .where('plan_id', 'in', planIds)
        .select(['id', 'plan_id as planId', 'kind', 'title', 'description', 'theme_ids as themeIds', 'outcome_ids as outcomeIds'])
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async goalInVersion(versionId: string, goalId: string) {
      return (await db.selectFrom('action_plan_goals').where('plan_id', '=', versionId).where('id', '=', goalId).select('id').executeTakeFirst()) !== undefined;
    },
    async insertGoal(versionId: string, input: PlanGoalInput, userId: string) {
      const last = await db
        .selectFrom('action_plan_goals')
        .where('plan_id', '=', versionId)
        .select((eb) => eb.fn.max('position').as('position'))
        .executeTakeFirst();
      const row = await db
        .insertInto('action_plan_goals')
        .values({
          plan_id: versionId,
          position: Number(last?.position ?? -1) + 1,
          kind: input.kind,
          title: input.title,
          description: input.description,
          theme_ids: [...new Set(input.themeIds)],
          outcome_ids: [...new Set(input.outcomeIds)],
          created_by: userId,
          updated_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async updateGoal(versionId: string, goalId: string, input: PlanGoalInput, userId: string) {
      await db
        .updateTable('action_plan_goals')
        .set({
          kind: input.kind,
          title: input.title,
          description: input.description,
          theme_ids: [...new Set(input.themeIds)],
          outcome_ids: [...new Set(input.outcomeIds)],
          updated_by: userId,
          updated_at: new Date(),
        })
        .where('plan_id', '=', versionId)
        .where('id', '=', goalId)
        .execute();
    },
    /** Links a goal to exactly these activities of the register, in this order. */
    async setGoalActivities(goalId: string, activityIds: readonly string[]) {
      await db.deleteFrom('action_plan_goal_activities').where('goal_id', '=', goalId).execute();
      const ids = [...new Set(activityIds)];
      if (ids.length)
        await db
          .insertInto('action_plan_goal_activities')
          .values(ids.map((activity_id, position) => ({ goal_id: goalId, activity_id, position })))
          .execute();
    },
    async addGoalActivity(goalId: string, activityId: string) {
      const last = await db
        .selectFrom('action_plan_goal_activities')
        .where('goal_id', '=', goalId)
        .select((eb) => eb.fn.max('position').as('position'))
        .executeTakeFirst();
      await db
        .insertInto('action_plan_goal_activities')
        .values({ goal_id: goalId, activity_id: activityId, position: Number(last?.position ?? -1) + 1 })
        .execute();
    },
    /** The activities the goals work through, with what the plan shows of them and their summed reach. */
    async goalActivities(goalIds: string[]) {
      if (goalIds.length === 0) return [];
      const rows = await db
        .selectFrom('action_plan_goal_activities as l')
        .innerJoin('activities as a', 'a.id', 'l.activity_id')
        .where('l.goal_id', 'in', goalIds)
        .select([
          'l.goal_id as goalId',
          'a.id',
          'a.kind',
          'a.title',
          'a.description',
          'a.status',
          'a.place',
          'a.starts_on as startsOn',
          'a.ends_on as endsOn',
          'a.recurrence',
          sql<number | null>`a.budget_euros::float8`.as('budgetEuros'),
          sql<number | null>`a.budget_hours::float8`.as('budgetHours'),
          'a.lasts',
          'a.successor_owner as successorOwner',
          sql<number>`(select coalesce(sum(r.participants), 0)::int from activity_reach r where r.activity_id = a.id)`.as('participants'),
          sql<number>`(select coalesce(sum(r.first_timers), 0)::int from activity_reach r where r.activity_id = a.id)`.as('firstTimers'),
        ])
        .orderBy('l.position')
        .execute();
      const ids = [...new Set(rows.map((r) => r.id))];
      const partners = ids.length
        ? await db
            .selectFrom('activity_partners as ap')
            .leftJoin('organisations as o', 'o.id', 'ap.organisation_id')
            .where('ap.activity_id', 'in', ids)
            .select(['ap.activity_id as activityId', sql<string>`coalesce(o.name, ap.name)`.as('name')])
            .orderBy('ap.position')
            .execute()
        : [];
      return rows.map((r) => ({ ...r, partners: partners.filter((p) => p.activityId === r.id).map((p) => p.name) }));
    },
    /** The register's activities a goal can be linked to. */
    registerActivities(projectId: string) {
      return db.selectFrom('activities').where('project_id', '=', projectId).select(['id', 'kind', 'title', 'status']).orderBy('title').orderBy('id').execute();
    },
    async deleteGoal(versionId: string, goalId: string) {
      await db.deleteFrom('action_plan_goals').where('plan_id', '=', versionId).where('id', '=', goalId).execute();
    },

    reviews(planIds: string[]) {
      if (planIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('action_plan_reviews as r')
        .leftJoin('users as u', 'u.id', 'r.reviewed_by')
        .where('r.plan_id', 'in', planIds)
        .select(['r.plan_id as planId', 'r.stage', 'r.decision', 'r.note', 'u.display_name as byName', 'r.reviewed_at as at'])
        .orderBy('r.id')
        .execute();
    },
    /** Moves a version from one stage to another and records the review; false when it was no longer at `from`. */
    async review(planId: string, from: ReviewStage, to: ReviewStage, decision: PlanReviewDecision, note: string, userId: string) {
      const result = await db
        .updateTable('action_plans')
        .set({ stage: to, ...(to === 'published' ? { published_at: new Date() } : {}) })
        .where('id', '=', planId)
        .where('stage', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await db.insertInto('action_plan_reviews').values({ plan_id: planId, stage: from, decision, note, reviewed_by: userId }).execute();
      return true;
    },

    /** The top 5 themes of the picture, promising first, each list in its order. */
    async topThemes(projectId: string) {
      const [lists, themes] = await Promise.all([
        db.selectFrom('theme_top_lists').where('project_id', '=', projectId).select(['valence', 'theme_ids as themeIds']).execute(),
        db.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name', 'valence']).execute(),
      ]);
      const byId = new Map(themes.map((t) => [t.id, t]));
      const topLists = {
        promising: lists.find((l) => l.valence === 'promising')?.themeIds ?? [],
        concern: lists.find((l) => l.valence === 'concern')?.themeIds ?? [],
      };
      const top = (['promising', 'concern'] as const).flatMap((v) => topLists[v].flatMap((id) => (byId.get(id)?.valence === v ? [byId.get(id)!] : [])));
      return { topLists, top, names: byId };
    },
    /** Outcomes of the conversations about the picture, newest round first. */
    outcomes(projectId: string) {
      return db
        .selectFrom('conversation_outcomes as o')
        .innerJoin('picture_conversations as c', 'c.id', 'o.conversation_id')
        .where('c.project_id', '=', projectId)
        .select(['o.id', 'o.text', 'c.held_on as heldOn', 'c.with_whom as withWhom'])
        .orderBy('c.held_on', 'desc')
        .orderBy('c.created_at', 'desc')
        .orderBy('o.position')
        .execute();
    },
  };
}
