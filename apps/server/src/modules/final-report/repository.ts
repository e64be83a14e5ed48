import { sql } from 'kysely';
import type { FinalReportContent, PlanReviewDecision, PublishedFigures, ReviewStage, SharingInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/**
 * The only SQL of the final report's versions, reviews and sharings. The sections read the other
 * modules through their own repositories (see sections/); this one holds only what was frozen.
 */
export function createFinalReportRepository(db: Db) {
  return {
    async projectName(projectId: string) {
      return (await db.selectFrom('projects').where('id', '=', projectId).select('name').executeTakeFirstOrThrow()).name;
    },
    versions(projectId: string, stages: readonly ReviewStage[]) {
      return db
        .selectFrom('final_reports as r')
        .leftJoin('users as u', 'u.id', 'r.created_by')
        .where('r.project_id', '=', projectId)
        .where('r.stage', 'in', stages as ReviewStage[])
        .select(['r.id', 'r.version', 'r.title', 'r.stage', 'r.content', 'u.display_name as createdByName', 'r.created_at as createdAt'])
        .orderBy('r.version', 'desc')
        .execute();
    },
    async stages(projectId: string) {
      return (await db.selectFrom('final_reports').where('project_id', '=', projectId).select('stage').execute()).map((r) => r.stage);
    },
    version(projectId: string, reportId: string) {
      return db
        .selectFrom('final_reports')
        .where('project_id', '=', projectId)
        .where('id', '=', reportId)
        .select(['id', 'version', 'title', 'introduction', 'stage', 'content', 'figures', 'created_at as createdAt'])
        .executeTakeFirst();
    },
    /** Locks the version's row until the transaction ends, so two reviews cannot cross. */
    lockVersion(projectId: string, reportId: string) {
      return db
        .selectFrom('final_reports')
        .where('project_id', '=', projectId)
        .where('id', '=', reportId)
        .select(['id', 'stage', 'figures'])
        .forUpdate()
        .executeTakeFirst();
    },
    /** Serialises making and publishing versions of one project. */
    async lockProject(projectId: string) {
      await sql`select pg_advisory_xact_lock(hashtext(${`final-report:${projectId}`}))`.execute(db);
    },
    /** The figures of every published version, to protect a new one against; `ids` tells whether it changed meanwhile. */
    async publishedFigures(projectId: string, { exceptId }: { exceptId?: string } = {}): Promise<{ ids: string; figures: PublishedFigures[] }> {
      let q = db.selectFrom('final_reports').where('project_id', '=', projectId).where('stage', '=', 'published');
      if (exceptId) q = q.where('id', '!=', exceptId);
      const rows = await q.select(['id', 'figures']).orderBy('published_at').orderBy('id').execute();
      return { ids: rows.map((r) => r.id).join(','), figures: rows.map((r) => r.figures) };
    },
    async underWay(projectId: string) {
      return (
        (await db.selectFrom('final_reports').where('project_id', '=', projectId).where('stage', '!=', 'published').select('id').executeTakeFirst()) !==
        undefined
      );
    },
    async insertVersion(
      projectId: string,
      values: { title: string; introduction: string; content: FinalReportContent; figures: PublishedFigures },
      userId: string,
    ) {
      const last = await db
        .selectFrom('final_reports')
        .where('project_id', '=', projectId)
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      const version = Number(last?.version ?? 0) + 1;
      const row = await db
        .insertInto('final_reports')
        .values({
          project_id: projectId,
          version,
          title: values.title,
          introduction: values.introduction,
          content: JSON.stringify(values.content),
          figures: JSON.stringify(values.figures),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, version };
    },
    /** Moves a version from `from` to `to` (only if it is still at `from`) and records the review. */
    async review(
      reportId: string,
      from: ReviewStage,
      to: ReviewStage,
      decision: PlanReviewDecision,
      note: string,
      userId: string,
      figures: PublishedFigures | null,
    ): Promise<boolean> {
      const result = await db
        .updateTable('final_reports')
        .set({ stage: to, ...(to === 'published' ? { published_at: new Date() } : {}), ...(figures ? { figures: JSON.stringify(figures) } : {}) })
        .where('id', '=', reportId)
        .where('stage', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await db.insertInto('final_report_reviews').values({ report_id: reportId, stage: from, decision, note, reviewed_by: userId }).execute();
      return true;
    },
    reviews(reportIds: string[]) {
      if (reportIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('final_report_reviews as v')
        .leftJoin('users as u', 'u.id', 'v.reviewed_by')
        .where('v.report_id', 'in', reportIds)
        .select(['v.report_id as reportId', 'v.stage', 'v.decision', 'v.note', 'u.display_name as byName', 'v.reviewed_at as at'])
        .orderBy('v.reviewed_at')
        .orderBy('v.id')
        .execute();
    },
    /** Signals per category: counts only, for the signals section. */
    async signalCounts(projectId: string) {
      return db
        .selectFrom('signals')
        .where('project_id', '=', projectId)
        .select(['category', sql<number>`count(*)::int`.as('count')])
        .groupBy('category')
        .execute();
    },
    /** Actions per status: counts only, for the signals section. */
    async actionCounts(projectId: string) {
      return db
        .selectFrom('actions')
        .where('project_id', '=', projectId)
        .select(['status', sql<number>`count(*)::int`.as('count')])
        .groupBy('status')
        .execute();
    },
    async insertSharing(reportId: string, input: SharingInput, userId: string) {
      return (
        await db
          .insertInto('final_report_sharings')
          .values({ report_id: reportId, venue: input.venue, shared_on: input.sharedOn, note: input.note, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    sharings(reportIds: string[]) {
      if (reportIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('final_report_sharings as s')
        .leftJoin('users as u', 'u.id', 's.created_by')
        .where('s.report_id', 'in', reportIds)
        .select([
          's.id',
          's.report_id as reportId',
          's.venue',
          sql<string>`to_char(s.shared_on, 'YYYY-MM-DD')`.as('sharedOn'),
          's.note',
          'u.display_name as byName',
        ])
        .orderBy('s.shared_on')
        .orderBy('s.created_at')
        .execute();
    },
  };
}
