import { sql } from 'kysely';
import type { PublishedFigures, SelectionGroupKind, StoryInput, StoryQuery, StoryRoundInput, StoryTellerKind } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export interface StoryRow {
  id: string;
  tellerKind: StoryTellerKind;
  periodStart: string;
  periodEnd: string;
  activityId: string | null;
  activityTitle: string | null;
  themeId: string | null;
  themeName: string | null;
  storyTitle: string;
  storyText: string;
  storyWhy: string;
  updatedAt: Date;
  selections: { roundId: string; groupKind: SelectionGroupKind; heldOn: string; reason: string }[];
}

export interface RoundRow {
  id: string;
  groupKind: SelectionGroupKind;
  heldOn: string;
  participants: number;
  note: string;
  reviewedCount: number;
  selections: { storyId: string; storyTitle: string; tellerKind: StoryTellerKind; reason: string }[];
}

function columns(input: StoryInput) {
  return {
    teller_kind: input.tellerKind,
    period_start: input.periodStart,
    period_end: input.periodEnd,
    activity_id: input.activityId,
    theme_id: input.themeId,
    title: input.storyTitle,
    story: input.storyText,
    why: input.storyWhy,
  };
}

/** The only SQL of the Most Significant Change stories and their selection rounds. */
export function createStoryRepository(db: Db) {
  function base(projectId: string) {
    return db
      .selectFrom('msc_stories as s')
      .leftJoin('activities as a', (j) => j.onRef('a.id', '=', 's.activity_id').on('a.project_id', '=', projectId))
      .leftJoin('themes as t', (j) => j.onRef('t.id', '=', 's.theme_id').on('t.project_id', '=', projectId))
      .where('s.project_id', '=', projectId)
      .select([
        's.id',
        's.teller_kind as tellerKind',
        's.period_start as periodStart',
        's.period_end as periodEnd',
        'a.id as activityId',
        'a.title as activityTitle',
        't.id as themeId',
        't.name as themeName',
        's.title as storyTitle',
        's.story as storyText',
        's.why as storyWhy',
        's.updated_at as updatedAt',
      ]);
  }

  /** Stories selected by at least one round of the project. */
  const selectedFilter = (projectId: string) =>
    sql<boolean>`exists (select 1 from msc_round_stories rs join msc_selection_rounds r on r.id = rs.round_id where rs.story_id = s.id and rs.selected and r.project_id = ${projectId})`;

  async function withSelections(rows: Omit<StoryRow, 'selections'>[]): Promise<StoryRow[]> {
    if (rows.length === 0) return [];
    const selections = await db
      .selectFrom('msc_round_stories as rs')
      .innerJoin('msc_selection_rounds as r', 'r.id', 'rs.round_id')
      .where(
        'rs.story_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('rs.selected', '=', true)
      .select(['rs.story_id as storyId', 'r.id as roundId', 'r.group_kind as groupKind', 'r.held_on as heldOn', 'rs.reason'])
      .orderBy('r.held_on')
      .orderBy('r.created_at')
      .execute();
    return rows.map((row) => ({ ...row, selections: selections.filter((s) => s.storyId === row.id).map(({ storyId: _s, ...rest }) => rest) }));
  }

  return {
    async insert(projectId: string, createdBy: string, input: StoryInput) {
      return (
        await db
          .insertInto('msc_stories')
          .values({ project_id: projectId, created_by: createdBy, ...columns(input) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },

    async update(projectId: string, storyId: string, input: StoryInput): Promise<boolean> {
      const result = await db
        .updateTable('msc_stories')
        .set({ ...columns(input), updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', storyId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async remove(projectId: string, storyId: string): Promise<boolean> {
      const result = await db.deleteFrom('msc_stories').where('project_id', '=', projectId).where('id', '=', storyId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async exists(projectId: string, storyId: string) {
      return (await db.selectFrom('msc_stories').where('project_id', '=', projectId).where('id', '=', storyId).select('id').executeTakeFirst()) !== undefined;
    },

    /** Whether any round of the project read the story. */
    async inRound(storyId: string) {
      return (await db.selectFrom('msc_round_stories').where('story_id', '=', storyId).select('story_id').executeTakeFirst()) !== undefined;
    },

    /** One story; with `selectedOnly`, only when a round selected it. */
    async find(projectId: string, storyId: string, { selectedOnly }: { selectedOnly: boolean }): Promise<StoryRow | undefined> {
      let q = base(projectId).where('s.id', '=', storyId);
      if (selectedOnly) q = q.where(selectedFilter(projectId));
      const row = await q.executeTakeFirst();
      return row ? (await withSelections([row]))[0] : undefined;
    },

    /** One page of stories, newest first, with the number of matches. */
    async list(projectId: string, query: StoryQuery, { selectedOnly }: { selectedOnly: boolean }): Promise<{ rows: StoryRow[]; total: number }> {
      let q = base(projectId);
      if (query.tellerKind) q = q.where('s.teller_kind', '=', query.tellerKind);
      // The story's period overlaps the asked one.
      if (query.periodFrom) q = q.where('s.period_end', '>=', query.periodFrom);
      if (query.periodTo) q = q.where('s.period_start', '<=', query.periodTo);
      if (selectedOnly || query.scope === 'selected') q = q.where(selectedFilter(projectId));
      const { total } = await q
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .orderBy('s.period_end', 'desc')
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { rows: await withSelections(rows), total };
    },

    /** Of the given ids, those that are stories of the project; with `selectedOnly`, only those a round selected. */
    async knownStories(projectId: string, storyIds: readonly string[], { selectedOnly = false }: { selectedOnly?: boolean } = {}) {
      if (storyIds.length === 0) return new Set<string>();
      let q = db.selectFrom('msc_stories as s').where('s.project_id', '=', projectId).where('s.id', 'in', storyIds);
      if (selectedOnly) q = q.where(selectedFilter(projectId));
      return new Set((await q.select('s.id').execute()).map((r) => r.id));
    },

    async activityExists(projectId: string, activityId: string) {
      return (await db.selectFrom('activities').where('project_id', '=', projectId).where('id', '=', activityId).select('id').executeTakeFirst()) !== undefined;
    },

    async themeExists(projectId: string, themeId: string) {
      return (await db.selectFrom('themes').where('project_id', '=', projectId).where('id', '=', themeId).select('id').executeTakeFirst()) !== undefined;
    },

    async insertRound(projectId: string, createdBy: string, input: StoryRoundInput) {
      const { id } = await db
        .insertInto('msc_selection_rounds')
        .values({
          project_id: projectId,
          created_by: createdBy,
          group_kind: input.groupKind,
          held_on: input.heldOn,
          participants: input.participants,
          note: input.note,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const reasons = new Map(input.selections.map((s) => [s.storyId, s.reason]));
      await db
        .insertInto('msc_round_stories')
        .values(input.reviewedStoryIds.map((story_id) => ({ round_id: id, story_id, selected: reasons.has(story_id), reason: reasons.get(story_id) ?? '' })))
        .execute();
      return id;
    },

    async removeRound(projectId: string, roundId: string): Promise<boolean> {
      const result = await db.deleteFrom('msc_selection_rounds').where('project_id', '=', projectId).where('id', '=', roundId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    /** The rounds of the project, newest first, with what they selected and why. */
    async rounds(projectId: string, roundId?: string): Promise<RoundRow[]> {
      let q = db
        .selectFrom('msc_selection_rounds as r')
        .where('r.project_id', '=', projectId)
        .select([
          'r.id',
          'r.group_kind as groupKind',
          'r.held_on as heldOn',
          'r.participants',
          'r.note',
          sql<number>`(select count(*)::int from msc_round_stories rs where rs.round_id = r.id)`.as('reviewedCount'),
        ]);
      if (roundId) q = q.where('r.id', '=', roundId);
      const rounds = await q.orderBy('r.held_on', 'desc').orderBy('r.created_at', 'desc').execute();
      if (rounds.length === 0) return [];
      const selections = await db
        .selectFrom('msc_round_stories as rs')
        .innerJoin('msc_stories as s', 's.id', 'rs.story_id')
        .where(
          'rs.round_id',
          'in',
          rounds.map((r) => r.id),
        )
        .where('rs.selected', '=', true)
        .select(['rs.round_id as roundId', 's.id as storyId', 's.title as storyTitle', 's.teller_kind as tellerKind', 'rs.reason'])
        .orderBy('s.title')
        .execute();
      return rounds.map((r) => ({ ...r, selections: selections.filter((s) => s.roundId === r.id).map(({ roundId: _r, ...rest }) => rest) }));
    },

    /** The teller kind and theme of every story of the project, for the comparison. */
    async comparisonStories(projectId: string) {
      return (await db.selectFrom('msc_stories').where('project_id', '=', projectId).select(['teller_kind', 'theme_id']).execute()).map((r) => ({
        tellerKind: r.teller_kind,
        themeId: r.theme_id,
      }));
    },

    /** The themes the project's stories are about, by name. */
    storyThemes(projectId: string) {
      return db
        .selectFrom('themes as t')
        .where('t.project_id', '=', projectId)
        .where((eb) => eb.exists(eb.selectFrom('msc_stories as s').whereRef('s.theme_id', '=', 't.id').select('s.id')))
        .select(['t.id', 't.name'])
        .orderBy('t.name')
        .execute();
    },

    /** Every selection of the project's rounds: the group kind, the story and its teller kind. */
    selections(projectId: string) {
      return db
        .selectFrom('msc_round_stories as rs')
        .innerJoin('msc_selection_rounds as r', 'r.id', 'rs.round_id')
        .innerJoin('msc_stories as s', 's.id', 'rs.story_id')
        .where('r.project_id', '=', projectId)
        .where('rs.selected', '=', true)
        .select(['r.id as roundId', 'r.group_kind as groupKind', 's.id as storyId', 's.teller_kind as tellerKind'])
        .execute();
    },

    /** What the comparison showed before to readers outside the social team, oldest first (ADR 0002). */
    async comparisonReadings(projectId: string): Promise<PublishedFigures[]> {
      const rows = await db
        .selectFrom('story_comparison_readings')
        .where('project_id', '=', projectId)
        .select('figures')
        .orderBy('read_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => r.figures);
    },
    /** Serialises recording readings of one project's comparison. */
    async lockComparisonReadings(projectId: string) {
      await sql`select pg_advisory_xact_lock(hashtext(${`story_comparison:${projectId}`}))`.execute(db);
    },
    async comparisonReadingCount(projectId: string) {
      const row = await db
        .selectFrom('story_comparison_readings')
        .where('project_id', '=', projectId)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    async recordComparisonReading(projectId: string, figures: PublishedFigures) {
      await db
        .insertInto('story_comparison_readings')
        .values({ project_id: projectId, figures: JSON.stringify(figures) })
        .execute();
    },
  };
}
