import { sql, type Kysely } from 'kysely';

// The picture of the neighbourhood is filtered by building phase and sub-neighbourhood without
// joining registrations to households: the groups are kept on the registration itself.
const statements = [
  `alter table registrations add column building_phase_id uuid references building_phases(id) on delete set null`,
  `alter table registrations add column sub_neighbourhood_id uuid references sub_neighbourhoods(id) on delete set null`,
  `create index registrations_project_form on registrations (project_id, form_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0009 cannot be reverted');
}
