import { sql, type Kysely } from 'kysely';

// Issue 16: the talking poster carries the meeting it invites to (when, where, whom to ask), fixed
// with the version like its content. Null for the report, the feedback and posters made before.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table picture_publications add column meeting jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table picture_publications drop column meeting`.execute(db);
}
