import { sql, type Kysely } from 'kysely';

// The true figures of a version and which were hidden, kept with it (never shown) so that every later
// version can be protected against it (ADR 0002). Versions made before this have none.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table picture_publications add column figures jsonb`.execute(db);
  await sql`alter table picture_publications add column published_at timestamptz`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0014 cannot be reverted');
}
