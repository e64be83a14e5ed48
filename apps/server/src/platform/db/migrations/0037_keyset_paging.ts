import { sql, type Kysely } from 'kysely';

// Issue 14: the visit and registration lists page by keyset on (time, id). With the id in the index
// a page is an index range read in order, also when many rows share a time (visits start on the hour).
const statements = [
  `drop index visits_project_time`,
  `create index visits_project_time on visits (project_id, starts_at, id)`,
  `drop index registrations_project`,
  `create index registrations_project on registrations (project_id, created_at, id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0034 cannot be reverted');
}
