import { sql } from 'kysely';
import { defaultHourBudget, type HourBookingInput, type HourBudgetLine } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export function createHoursRepository(db: Db) {
  return {
    /** The project's budget lines; the handbook's defaults until the leader edits them. */
    async budget(projectId: string): Promise<HourBudgetLine[]> {
      const rows = await db.selectFrom('hour_budget_lines').where('project_id', '=', projectId).select(['key', 'phase', 'mode', 'hours']).execute();
      const saved = new Map(rows.map((r) => [r.key, r]));
      return defaultHourBudget().map((line) => {
        const row = saved.get(line.key);
        return row ? { ...line, mode: row.mode, hours: row.hours } : line;
      });
    },
    async saveBudget(projectId: string, lines: readonly HourBudgetLine[]) {
      await db.deleteFrom('hour_budget_lines').where('project_id', '=', projectId).execute();
      await db
        .insertInto('hour_budget_lines')
        .values(lines.map((l) => ({ project_id: projectId, key: l.key, phase: l.phase, mode: l.mode, hours: l.hours })))
        .execute();
    },
    bookings(projectId: string) {
      return db
        .selectFrom('hour_bookings as b')
        .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
        .where('b.project_id', '=', projectId)
        .select(['b.phase', 'b.organisation_id as organisationId', 'o.name as organisationName', sql<number>`sum(b.hours)::float8`.as('hours')])
        .groupBy(['b.phase', 'b.organisation_id', 'o.name'])
        .execute();
    },
    /** Booked hours per phase, organisation and person, with the first and last day worked. */
    perPerson(projectId: string) {
      return db
        .selectFrom('hour_bookings as b')
        .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
        .innerJoin('users as u', 'u.id', 'b.user_id')
        .where('b.project_id', '=', projectId)
        .select([
          'b.phase',
          'o.name as organisationName',
          'u.display_name as personName',
          sql<number>`sum(b.hours)::float8`.as('hours'),
          sql<number>`count(*)::int`.as('bookings'),
          sql<string>`min(b.worked_on)`.as('firstDay'),
          sql<string>`max(b.worked_on)`.as('lastDay'),
        ])
        .groupBy(['b.phase', 'o.name', 'b.organisation_id', 'u.display_name', 'b.user_id'])
        .orderBy('o.name')
        .orderBy('u.display_name')
        .execute();
    },
    myBookings(projectId: string, userId: string) {
      return db
        .selectFrom('hour_bookings')
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .select(['id', 'phase', 'worked_on as workedOn', 'hours', 'note'])
        .orderBy('worked_on', 'desc')
        .limit(200)
        .execute();
    },
    async book(projectId: string, userId: string, organisationId: string, input: HourBookingInput) {
      return (
        await db
          .insertInto('hour_bookings')
          .values({
            project_id: projectId,
            user_id: userId,
            organisation_id: organisationId,
            phase: input.phase,
            worked_on: input.workedOn,
            hours: input.hours,
            note: input.note,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async removeOwn(projectId: string, userId: string, bookingId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('hour_bookings')
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .where('id', '=', bookingId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
