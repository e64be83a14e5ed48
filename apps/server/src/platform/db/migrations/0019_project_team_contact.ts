import { sql, type Kysely } from 'kysely';

// How residents reach the project team: the invitation letter asks them to call or mail when the
// appointment does not suit them, so the letter needs the team's phone number and e-mail address.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table projects add column team_phone text not null default '', add column team_email text not null default ''`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0019 cannot be reverted');
}
