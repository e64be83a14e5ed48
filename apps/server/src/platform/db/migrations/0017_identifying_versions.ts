import { sql, type Kysely } from 'kysely';

// The identifying-details check of a project is built once from its residents' names, its team and
// its streets, and kept by every app instance. The database stamps a new version on the project
// whenever one of those changes (whichever code or instance changed it), so an instance only has to
// read the stamp to know its copy is still right. Statement triggers: one stamp per import, not per row.
const bump = (projectIds: string) => `
  insert into project_identifying_versions (project_id)
  select distinct project_id from (${projectIds}) changed where project_id is not null
  on conflict (project_id) do update set version = gen_random_uuid()`;

const contactsOf = (rows: string) => `select a.project_id from ${rows} c join households h on h.id = c.household_id join addresses a on a.id = h.address_id`;

const functions: Record<string, Partial<Record<'insert' | 'update' | 'delete', string>>> = {
  addresses: {
    insert: bump('select project_id from new_rows'),
    update: bump(
      'select n.project_id from new_rows n join old_rows o on o.id = n.id where n.street is distinct from o.street or n.project_id is distinct from o.project_id',
    ),
    delete: bump('select project_id from old_rows'),
  },
  household_contacts: {
    insert: bump(contactsOf('new_rows')),
    update: bump(`${contactsOf('new_rows')} join old_rows o on o.household_id = c.household_id where c.name is distinct from o.name`),
    delete: bump(contactsOf('old_rows')),
  },
  // A household that moves or goes takes its contact's name along.
  households: {
    update: bump(
      'select a.project_id from new_rows n join old_rows o on o.id = n.id join addresses a on a.id in (n.address_id, o.address_id) where n.address_id is distinct from o.address_id',
    ),
    delete: bump('select a.project_id from old_rows o join addresses a on a.id = o.address_id'),
  },
  project_members: {
    insert: bump('select project_id from new_rows'),
    update: bump('select project_id from new_rows union select project_id from old_rows'),
    delete: bump('select project_id from old_rows'),
  },
  users: {
    update: bump(
      'select m.project_id from new_rows n join old_rows o on o.id = n.id join project_members m on m.user_id = n.id where n.display_name is distinct from o.display_name',
    ),
  },
};

const statements = [
  `create table project_identifying_versions (
     project_id uuid primary key references projects(id) on delete cascade,
     version uuid not null default gen_random_uuid()
   )`,
  ...Object.entries(functions).flatMap(([table, ops]) =>
    (['insert', 'update', 'delete'] as const)
      .filter((op) => ops[op])
      .flatMap((op) => [
        `create function identifying_version_${table}_${op}() returns trigger language plpgsql as $$
         begin
           ${ops[op]!};
           return null;
         end $$`,
        `create trigger identifying_version_${op} after ${op} on ${table}
         referencing ${op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows'}
         for each statement execute function identifying_version_${table}_${op}()`,
      ]),
  ),
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0017 cannot be reverted');
}
