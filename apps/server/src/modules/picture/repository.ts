import { sql } from 'kysely';
import {
  textCategories,
  type AnswerCounts,
  type ConversationInput,
  type OpenTextCategory,
  type OverviewQuery,
  type PooledTextsQuery,
  type PictureContent,
  type PosterMeeting,
  type PublicationKind,
  type PublishedFigures,
  type QuoteInput,
  type ReviewStage,
  type TextCategory,
  type ThemeInput,
  type ThemeValence,
} from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/** The registrations of the overview's selection (the filters of the picture page). */
function selection(projectId: string, filters: OverviewQuery, ageGroupKey: string) {
  const conditions = [sql`r.project_id = ${projectId}`];
  if (filters.buildingPhaseId) conditions.push(sql`r.building_phase_id = ${filters.buildingPhaseId}`);
  if (filters.subNeighbourhoodId) conditions.push(sql`r.sub_neighbourhood_id = ${filters.subNeighbourhoodId}`);
  if (filters.formVersionId) conditions.push(sql`r.form_id = ${filters.formVersionId}`);
  if (filters.ageGroup) conditions.push(sql`r.content -> 'answers' ->> ${ageGroupKey} = ${filters.ageGroup}`);
  return sql.join(conditions, sql` and `);
}

// Whitespace as JavaScript's trim() knows it, so a text is pooled exactly when it was before.
const space = String.raw`[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;

/** A registration's text of a category, trimmed ('' when it has none). */
function pooled(category: TextCategory) {
  const raw = category === 'talents' ? sql`r.content ->> 'talents'` : sql`r.content -> 'openText' ->> ${category}`;
  return sql<string>`coalesce(regexp_replace(${raw}, ${`^${space}+|${space}+$`}, '', 'g'), '')`;
}

/** The text folded as foldText does it (lower case, accents off), to search in. */
function folded(text: ReturnType<typeof pooled>) {
  return sql<string>`regexp_replace(normalize(lower(${text}), NFD), ${String.raw`[\u0300-\u036f]`}, '', 'g')`;
}

/**
 * The only SQL of the picture of the neighbourhood. It reads registrations and their groups, never
 * households or addresses: the analysis does not join to identities.
 */
export function createPictureRepository(db: Db) {
  return {
    async projectName(projectId: string) {
      return (await db.selectFrom('projects').where('id', '=', projectId).select('name').executeTakeFirstOrThrow()).name;
    },

    /** Which of these streets and house numbers are homes of the project (case-insensitive street). */
    async homesAmong(projectId: string, candidates: readonly { street: string; number: number }[]) {
      if (candidates.length === 0) return [];
      return db
        .selectFrom('addresses')
        .where('project_id', '=', projectId)
        .where((eb) => eb.or(candidates.map((c) => eb.and([eb(eb.fn('lower', ['street']), '=', c.street.toLowerCase()), eb('house_number', '=', c.number)]))))
        .select(['street', 'house_number as number'])
        .execute();
    },

    forms(projectId: string) {
      return db.selectFrom('registration_forms').where('project_id', '=', projectId).select(['id', 'version', 'definition']).orderBy('version').execute();
    },

    /**
     * The counts of the overview: sums of the counts the database keeps per project and filter group
     * whenever a registration is written (migration 0040), so a read costs the same at 100 and at
     * 10,000 homes. The age group is the answer to AGE_GROUP_KEY, the key the counts are kept by.
     */
    async answerCounts(projectId: string, filters: OverviewQuery): Promise<AnswerCounts> {
      const conditions = [sql`project_id = ${projectId}`];
      if (filters.buildingPhaseId) conditions.push(sql`building_phase_id = ${filters.buildingPhaseId}`);
      if (filters.subNeighbourhoodId) conditions.push(sql`sub_neighbourhood_id = ${filters.subNeighbourhoodId}`);
      if (filters.formVersionId) conditions.push(sql`form_id = ${filters.formVersionId}`);
      if (filters.ageGroup) conditions.push(sql`age_group = ${filters.ageGroup}`);
      const { rows } = await sql<{ kind: 'registration' | 'answer' | 'card' | 'text'; key: string; answer: string; count: number }>`
        select kind, key, answer, sum(count)::int as count
        from picture_counts where ${sql.join(conditions, sql` and `)}
        group by kind, key, answer
        having sum(count) > 0`.execute(db);
      const texts = Object.fromEntries(textCategories.map((c) => [c, 0])) as Record<TextCategory, number>;
      const counts = {
        registrations: 0,
        texts,
        answers: [] as { key: string; answer: string | null; count: number }[],
        cards: [] as { key: string; count: number }[],
      };
      for (const { kind, key, answer, count } of rows) {
        if (kind === 'registration') counts.registrations = count;
        // The answer '' stands for "answered the question at all".
        else if (kind === 'answer') counts.answers.push({ key, answer: answer === '' ? null : answer, count });
        else if (kind === 'card') counts.cards.push({ key, count });
        else if ((textCategories as readonly string[]).includes(key)) texts[key as TextCategory] = count;
      }
      return counts;
    },

    /**
     * One page of the texts of a category in the order they were stored. Registrations stored together
     * share a created_at: the id keeps the order the same on every read, so the work session's
     * "statement 7 of 404" stays the same statement, and a page ends where the next begins.
     */
    async pooledTexts(projectId: string, query: PooledTextsQuery, terms: readonly string[], ageGroupKey: string) {
      const text = pooled(query.category);
      const where = sql`${selection(projectId, query, ageGroupKey)} and ${text} <> ''`;
      const matching =
        terms.length === 0
          ? sql`true`
          : sql.join(
              terms.map((term) => sql`strpos(${folded(text)}, ${term}) > 0`),
              sql` and `,
            );
      const after = query.cursor
        ? sql`and (r.created_at, r.id) > (select created_at, id from registrations where id = ${query.cursor} and project_id = ${projectId})`
        : sql``;
      const [page, counts] = await Promise.all([
        sql<{ registrationId: string; householdKey: string; formVersion: number; text: string }>`
          select r.id as "registrationId", r.household_key as "householdKey", coalesce(f.version, 0)::int as "formVersion", ${text} as text
          from registrations r left join registration_forms f on f.id = r.form_id
          where ${where} and ${matching} ${after}
          order by r.created_at, r.id
          limit ${query.limit + 1}`.execute(db),
        sql<{ total: number; matched: number }>`
          select count(*)::int as total, (count(*) filter (where ${matching}))::int as matched
          from registrations r where ${where}`.execute(db),
      ]);
      return { rows: page.rows, ...counts.rows[0]! };
    },

    themes(projectId: string) {
      return db
        .selectFrom('themes')
        .where('project_id', '=', projectId)
        .select(['id', 'name', 'description', 'conditions', 'valence'])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async themeNameTaken(projectId: string, name: string, exceptId?: string) {
      let query = db
        .selectFrom('themes')
        .where('project_id', '=', projectId)
        .where(sql<boolean>`lower(name) = lower(${name})`);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.select('id').executeTakeFirst()) !== undefined;
    },
    async insertTheme(projectId: string, input: ThemeInput, userId: string) {
      return (
        await db
          .insertInto('themes')
          .values({
            project_id: projectId,
            name: input.name,
            description: input.description,
            conditions: input.conditions,
            valence: input.valence,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateTheme(projectId: string, themeId: string, input: ThemeInput) {
      const result = await db
        .updateTable('themes')
        .set({ name: input.name, description: input.description, conditions: input.conditions, valence: input.valence, updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', themeId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Takes a theme out of the top lists of other kinds than its own (after its kind changed). */
    async keepInOwnTopList(projectId: string, themeId: string, valence: string) {
      await db
        .updateTable('theme_top_lists')
        .set({ theme_ids: sql`array_remove(theme_ids, ${themeId}::uuid)` })
        .where('project_id', '=', projectId)
        .where('valence', '<>', valence as never)
        .execute();
    },
    /** Removes a theme and takes it out of every coding and top list. */
    async deleteTheme(projectId: string, themeId: string) {
      await db
        .updateTable('statement_codings')
        .set({ theme_ids: sql`array_remove(theme_ids, ${themeId}::uuid)` })
        .where('project_id', '=', projectId)
        .execute();
      await db
        .updateTable('theme_top_lists')
        .set({ theme_ids: sql`array_remove(theme_ids, ${themeId}::uuid)` })
        .where('project_id', '=', projectId)
        .execute();
      const result = await db.deleteFrom('themes').where('project_id', '=', projectId).where('id', '=', themeId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    codings(projectId: string) {
      return db
        .selectFrom('statement_codings')
        .where('project_id', '=', projectId)
        .select(['registration_id as registrationId', 'category', 'theme_ids as themeIds', 'is_unique as unique'])
        .orderBy('updated_at')
        .execute();
    },
    /** The open text a statement is, when the registration is the project's and has one there. */
    async statementText(projectId: string, registrationId: string, category: OpenTextCategory) {
      const row = await db
        .selectFrom('registrations')
        .where('project_id', '=', projectId)
        .where('id', '=', registrationId)
        .select(sql<string | null>`content -> 'openText' ->> ${category}`.as('text'))
        .executeTakeFirst();
      return row?.text ?? null;
    },
    /** One row per statement: coding it again replaces its themes (a retry changes nothing). */
    async saveCoding(projectId: string, coding: { registrationId: string; category: OpenTextCategory; themeIds: string[]; unique: boolean }, userId: string) {
      await db
        .insertInto('statement_codings')
        .values({
          registration_id: coding.registrationId,
          category: coding.category,
          project_id: projectId,
          theme_ids: coding.themeIds,
          is_unique: coding.unique,
          coded_by: userId,
        })
        .onConflict((oc) =>
          oc
            .columns(['registration_id', 'category'])
            .doUpdateSet({ theme_ids: coding.themeIds, is_unique: coding.unique, coded_by: userId, updated_at: new Date() }),
        )
        .execute();
    },
    /** Background answers of the coded registrations, for who says a theme. */
    async answersOf(projectId: string, keys: readonly string[]) {
      const rows = await db
        .selectFrom('registrations as r')
        .where('r.project_id', '=', projectId)
        .where((eb) => eb.exists(eb.selectFrom('statement_codings as c').whereRef('c.registration_id', '=', 'r.id').select('c.registration_id')))
        .select(['r.id', 'r.content'])
        .execute();
      return new Map(rows.map((r) => [r.id, Object.fromEntries(keys.map((k) => [k, r.content.answers[k]]))]));
    },

    async topLists(projectId: string) {
      const rows = await db.selectFrom('theme_top_lists').where('project_id', '=', projectId).select(['valence', 'theme_ids as themeIds']).execute();
      return { promising: rows.find((r) => r.valence === 'promising')?.themeIds ?? [], concern: rows.find((r) => r.valence === 'concern')?.themeIds ?? [] };
    },
    async saveTopList(projectId: string, valence: ThemeValence, themeIds: string[], userId: string) {
      await db
        .insertInto('theme_top_lists')
        .values({ project_id: projectId, valence, theme_ids: themeIds, updated_by: userId })
        .onConflict((oc) => oc.columns(['project_id', 'valence']).doUpdateSet({ theme_ids: themeIds, updated_by: userId, updated_at: new Date() }))
        .execute();
    },

    sessions(projectId: string) {
      return db
        .selectFrom('work_sessions as s')
        .leftJoin('users as u', 'u.id', 's.created_by')
        .where('s.project_id', '=', projectId)
        .select(['s.id', 's.held_on as heldOn', 's.notes', 'u.display_name as createdByName', 's.created_at as createdAt'])
        .orderBy('s.held_on', 'desc')
        .execute();
    },
    async insertSession(projectId: string, heldOn: string, notes: string, userId: string) {
      return (
        await db
          .insertInto('work_sessions')
          .values({ project_id: projectId, held_on: heldOn, notes, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },

    quotes(projectId: string, { approvedOnly = false } = {}) {
      let query = db
        .selectFrom('picture_quotes as q')
        .leftJoin('users as u', 'u.id', 'q.approved_by')
        .where('q.project_id', '=', projectId)
        .select(['q.id', 'q.category', 'q.text', 'q.theme_id as themeId', 'q.approved_at as approvedAt', 'u.display_name as approvedByName'])
        .orderBy('q.created_at');
      if (approvedOnly) query = query.where('q.approved_at', 'is not', null);
      return query.execute();
    },
    async insertQuote(projectId: string, input: QuoteInput, userId: string) {
      return (
        await db
          .insertInto('picture_quotes')
          .values({
            project_id: projectId,
            registration_id: input.registrationId,
            category: input.category,
            text: input.text,
            theme_id: input.themeId,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    quote(projectId: string, quoteId: string) {
      return db
        .selectFrom('picture_quotes')
        .where('project_id', '=', projectId)
        .where('id', '=', quoteId)
        .select(['id', 'text', 'approved_at as approvedAt'])
        .executeTakeFirst();
    },
    async approveQuote(quoteId: string, userId: string) {
      await db.updateTable('picture_quotes').set({ approved_by: userId, approved_at: new Date() }).where('id', '=', quoteId).execute();
    },
    async registrationInProject(projectId: string, registrationId: string) {
      return (
        (await db.selectFrom('registrations').where('project_id', '=', projectId).where('id', '=', registrationId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    publications(projectId: string, stages: readonly ReviewStage[]) {
      return db
        .selectFrom('picture_publications as p')
        .leftJoin('users as u', 'u.id', 'p.created_by')
        .where('p.project_id', '=', projectId)
        .where('p.stage', 'in', stages as ReviewStage[])
        .select(['p.id', 'p.kind', 'p.version', 'p.title', 'p.stage', 'u.display_name as createdByName', 'p.created_at as createdAt'])
        .orderBy('p.kind')
        .orderBy('p.version', 'desc')
        .execute();
    },
    reviews(publicationIds: string[]) {
      if (publicationIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('publication_reviews as r')
        .leftJoin('users as u', 'u.id', 'r.reviewed_by')
        .where('r.publication_id', 'in', publicationIds)
        .select(['r.publication_id as publicationId', 'r.stage', 'r.note', 'u.display_name as byName', 'r.reviewed_at as at'])
        .orderBy('r.id')
        .execute();
    },
    publication(projectId: string, publicationId: string) {
      return db
        .selectFrom('picture_publications')
        .where('project_id', '=', projectId)
        .where('id', '=', publicationId)
        .select(['id', 'kind', 'version', 'title', 'stage'])
        .executeTakeFirst();
    },
    publicationContent(projectId: string, publicationId: string) {
      return db
        .selectFrom('picture_publications')
        .where('project_id', '=', projectId)
        .where('id', '=', publicationId)
        .select(['kind', 'version', 'stage', 'title', 'introduction', 'content', 'meeting', 'created_at as createdAt'])
        .executeTakeFirst();
    },
    /** The next version number of a kind: locks the project's publications of that kind while inserting. */
    async insertPublication(
      projectId: string,
      values: { kind: PublicationKind; title: string; introduction: string; meeting: PosterMeeting | null; content: PictureContent; figures: PublishedFigures },
      userId: string,
    ) {
      await sql`select pg_advisory_xact_lock(hashtext(${`publication:${projectId}:${values.kind}`}))`.execute(db);
      const last = await db
        .selectFrom('picture_publications')
        .where('project_id', '=', projectId)
        .where('kind', '=', values.kind)
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      const version = Number(last?.version ?? 0) + 1;
      const row = await db
        .insertInto('picture_publications')
        .values({
          project_id: projectId,
          kind: values.kind,
          version,
          title: values.title,
          introduction: values.introduction,
          meeting: values.meeting ? JSON.stringify(values.meeting) : null,
          content: JSON.stringify(values.content),
          figures: JSON.stringify(values.figures),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, version };
    },
    /** The figures of every published version of the project (report, poster and feedback alike), to protect a new one against. */
    async publishedFigures(projectId: string, { exceptId }: { exceptId?: string } = {}) {
      let query = db.selectFrom('picture_publications').where('project_id', '=', projectId).where('stage', '=', 'published').where('figures', 'is not', null);
      if (exceptId) query = query.where('id', '!=', exceptId);
      const rows = await query.select(['id', 'figures']).orderBy('published_at').orderBy('created_at').orderBy('id').execute();
      return { ids: rows.map((r) => r.id).join(','), figures: rows.map((r) => r.figures!) };
    },
    /**
     * Makes publications of one project wait for each other (in a transaction), so that none is
     * protected without the other; answers which versions are published now.
     */
    async lockPublishing(projectId: string, { exceptId }: { exceptId?: string } = {}) {
      await sql`select pg_advisory_xact_lock(hashtext(${`publish:${projectId}`}))`.execute(db);
      let query = db.selectFrom('picture_publications').where('project_id', '=', projectId).where('stage', '=', 'published').where('figures', 'is not', null);
      if (exceptId) query = query.where('id', '!=', exceptId);
      return (await query.select('id').orderBy('published_at').orderBy('created_at').orderBy('id').execute()).map((r) => r.id).join(',');
    },
    async latestPublishedVersion(projectId: string, kind: PublicationKind) {
      const row = await db
        .selectFrom('picture_publications')
        .where('project_id', '=', projectId)
        .where('kind', '=', kind)
        .where('stage', '=', 'published')
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      return row?.version == null ? null : Number(row.version);
    },
    publicationFigures(projectId: string, publicationId: string) {
      return db
        .selectFrom('picture_publications')
        .where('project_id', '=', projectId)
        .where('id', '=', publicationId)
        .select(['stage', 'content', 'figures'])
        .executeTakeFirst();
    },
    async publish(publicationId: string, protectedVersion: { content: PictureContent; figures: PublishedFigures } | null) {
      await db
        .updateTable('picture_publications')
        .set({
          published_at: new Date(),
          ...(protectedVersion ? { content: JSON.stringify(protectedVersion.content), figures: JSON.stringify(protectedVersion.figures) } : {}),
        })
        .where('id', '=', publicationId)
        .execute();
    },
    async advance(publicationId: string, from: ReviewStage, to: ReviewStage, note: string, userId: string) {
      const result = await db
        .updateTable('picture_publications')
        .set({ stage: to })
        .where('id', '=', publicationId)
        .where('stage', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await db.insertInto('publication_reviews').values({ publication_id: publicationId, stage: from, note, reviewed_by: userId }).execute();
      return true;
    },

    async conversations(projectId: string) {
      const rounds = await db
        .selectFrom('picture_conversations as c')
        .leftJoin('users as u', 'u.id', 'c.created_by')
        .where('c.project_id', '=', projectId)
        .select(['c.id', 'c.held_on as heldOn', 'c.with_whom as withWhom', 'c.participants', 'c.notes', 'u.display_name as createdByName'])
        .orderBy('c.held_on', 'desc')
        .orderBy('c.created_at', 'desc')
        .execute();
      const outcomes = rounds.length
        ? await db
            .selectFrom('conversation_outcomes')
            .where(
              'conversation_id',
              'in',
              rounds.map((r) => r.id),
            )
            .select(['id', 'conversation_id as conversationId', 'text', 'theme_ids as themeIds'])
            .orderBy('position')
            .execute()
        : [];
      return rounds.map((r) => ({
        ...r,
        createdByName: r.createdByName ?? '',
        outcomes: outcomes.filter((o) => o.conversationId === r.id).map(({ conversationId: _, ...o }) => o),
      }));
    },
    async insertConversation(projectId: string, input: ConversationInput, userId: string) {
      const { id } = await db
        .insertInto('picture_conversations')
        .values({
          project_id: projectId,
          held_on: input.heldOn,
          with_whom: input.withWhom,
          participants: input.participants,
          notes: input.notes,
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('conversation_outcomes')
        .values(input.outcomes.map((o, position) => ({ conversation_id: id, position, text: o.text, theme_ids: [...new Set(o.themeIds)] })))
        .execute();
      return id;
    },

    /** For the feedback to residents: actions completed and households referred (counts only). */
    async followUp(projectId: string) {
      const [actions, referrals] = await Promise.all([
        db
          .selectFrom('actions')
          .where('project_id', '=', projectId)
          .where('status', '=', 'done')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('referrals')
          .where('project_id', '=', projectId)
          .select(sql<number>`count(distinct household_id)`.as('count'))
          .executeTakeFirstOrThrow(),
      ]);
      return { actionsDone: Number(actions.count), householdsReferred: Number(referrals.count) };
    },
  };
}
