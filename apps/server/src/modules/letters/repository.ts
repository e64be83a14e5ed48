import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn, visitDay } from '../households/lives-there-repository.js';

export const LETTER_LOCK_SECONDS = 30;
/** How long a made PDF (names and addresses) is kept for its maker to download. */
export const LETTER_PDF_HOURS = 24;

export function createLetterRepository(db: Db) {
  return {
    template(projectId: string) {
      return db.selectFrom('letter_templates').where('project_id', '=', projectId).select(['subject', 'body']).executeTakeFirst();
    },
    async saveTemplate(projectId: string, subject: string, body: string, userId: string) {
      await db
        .insertInto('letter_templates')
        .values({ project_id: projectId, subject, body, updated_by: userId })
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ subject, body, updated_by: userId, updated_at: sql`now()` }))
        .execute();
    },
    /** What each letter needs: the visit, its address, the household living there then, and the visitors. */
    async letterData(projectId: string, visitIds: readonly string[]) {
      const visits = await db
        .selectFrom('visits as v')
        .innerJoin('addresses as a', 'a.id', 'v.address_id')
        .where('v.project_id', '=', projectId)
        .where('v.id', 'in', visitIds)
        .select([
          'v.id',
          'v.starts_at as startsAt',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          'a.postcode',
          'a.city',
          sql<string | null>`(select c.name from households h join household_contacts c on c.household_id = h.id
            where h.address_id = a.id and ${livesThereOn('h', visitDay('v'))}
            order by h.moved_in_on desc nulls last limit 1)`.as('householdName'),
        ])
        .orderBy('a.street')
        .orderBy('a.house_number')
        .orderBy('a.addition')
        .execute();
      const visitors = visitIds.length
        ? await db
            .selectFrom('visit_visitors as vv')
            .innerJoin('users as u', 'u.id', 'vv.user_id')
            .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
            .where('vv.visit_id', 'in', visitIds)
            .select(['vv.visit_id as visitId', 'u.display_name as name', 'o.name as organisation'])
            .orderBy('u.display_name')
            .execute()
        : [];
      return visits.map((v) => ({ ...v, visitors: visitors.filter((x) => x.visitId === v.id) }));
    },
    /**
     * Marks visits of the project as invited. A visit marked before keeps its first date and sender:
     * marking the same batch twice changes nothing. Visits removed since are left out.
     */
    async markSent(projectId: string, visitIds: readonly string[], userId: string) {
      if (!visitIds.length) return;
      await sql`
        insert into letters_sent (visit_id, project_id, sent_by)
        select v.id, v.project_id, ${userId}::uuid from visits v
        where v.project_id = ${projectId}::uuid and v.id = any(${visitIds as string[]}::uuid[])
        on conflict (visit_id) do nothing`.execute(db);
    },

    /** The visits a made batch holds letters for. */
    async jobVisitIds(id: string): Promise<string[]> {
      const row = await db.selectFrom('letter_jobs').where('id', '=', id).select('visit_ids').executeTakeFirst();
      return row?.visit_ids ?? [];
    },

    async countVisits(projectId: string, visitIds: readonly string[]): Promise<number> {
      const row = await db
        .selectFrom('visits')
        .where('project_id', '=', projectId)
        .where('id', 'in', visitIds)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },

    async createJob(values: { projectId: string; userId: string; visitIds: readonly string[]; locale: 'nl' | 'en' }) {
      const row = await db
        .insertInto('letter_jobs')
        .values({
          project_id: values.projectId,
          created_by: values.userId,
          visit_ids: JSON.stringify(values.visitIds),
          locale: values.locale,
          status: 'queued',
          total: values.visitIds.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** A job of the project made by this user (only its maker sees it), without the PDF. */
    findJob(projectId: string, userId: string, id: string) {
      return db
        .selectFrom('letter_jobs')
        .where('project_id', '=', projectId)
        .where('created_by', '=', userId)
        .where('id', '=', id)
        .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${LETTER_PDF_HOURS})`)
        .select(['id', 'status', 'total', 'done_count as done', 'error', 'created_at as createdAt'])
        .executeTakeFirst();
    },

    /** The PDF travels as base64: PGlite takes and gives a large bytea value many times slower, holding its one session. */
    async jobPdf(id: string): Promise<Buffer | null> {
      const row = await db
        .selectFrom('letter_jobs')
        .where('id', '=', id)
        .where('status', '=', 'done')
        .select(sql<string | null>`encode(pdf, 'base64')`.as('pdf'))
        .executeTakeFirst();
      return row?.pdf ? Buffer.from(row.pdf, 'base64') : null;
    },

    /** Takes the next job to make that no live worker holds (several app instances may run). */
    async claimNextJob() {
      const result = await sql<{ id: string }>`
        update letter_jobs set status = 'rendering', done_count = 0, locked_until = now() + make_interval(secs => ${LETTER_LOCK_SECONDS}), updated_at = now()
        where id = (
          select id from letter_jobs
          where status in ('queued', 'rendering') and (locked_until is null or locked_until < now())
          order by created_at limit 1 for update skip locked)
        returning id`.execute(db);
      const id = result.rows[0]?.id;
      if (!id) return undefined;
      return db
        .selectFrom('letter_jobs as j')
        .innerJoin('users as u', 'u.id', 'j.created_by')
        .where('j.id', '=', id)
        .select([
          'j.id',
          'j.project_id as projectId',
          'j.visit_ids as visitIds',
          'j.locale',
          'u.id as userId',
          'u.organisation_id as organisationId',
          'u.is_admin as isAdmin',
          'u.can_create_projects as canCreateProjects',
        ])
        .executeTakeFirstOrThrow();
    },

    async jobProgress(id: string, done: number) {
      await db
        .updateTable('letter_jobs')
        .set({ done_count: done, locked_until: sql`now() + make_interval(secs => ${LETTER_LOCK_SECONDS})`, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'rendering')
        .execute();
    },

    async finishJob(id: string, pdf: Buffer) {
      await db
        .updateTable('letter_jobs')
        .set({
          status: 'done',
          done_count: sql`total`,
          pdf: sql<Buffer>`decode(${pdf.toString('base64')}, 'base64')`,
          locked_until: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },

    async failJob(id: string, error: string) {
      await db
        .updateTable('letter_jobs')
        .set({ status: 'failed', error, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
    },

    /** Letters hold names and addresses: a made PDF is not kept longer than its maker needs it. */
    async purgeOldJobs() {
      await db
        .deleteFrom('letter_jobs')
        .where('created_at', '<', sql<Date>`now() - make_interval(hours => ${LETTER_PDF_HOURS})`)
        .execute();
    },
  };
}
