import { sql, type Kysely } from 'kysely';

// ADR 0006: every instance keeps the sessions and project roles of its callers for a short while.
// The database says when one of them changes, whichever code or instance changed it: a NOTIFY on
// channel `thuis_callers`, delivered to every listening instance when the transaction commits
// (never for one rolled back). Payloads: `session:<id>`, `user:<id>` (the user, its sessions and
// roles), `organisation:<id>`, `all` (a table emptied at once).
const notify = (payload: string) => `perform pg_notify('thuis_callers', ${payload});`;

const statements = [
  `create function caller_changed_session() returns trigger language plpgsql as $$
   begin
     ${notify(`'session:' || old.id`)}
     return null;
   end $$`,
  // A touch only moves the expiry later, which a kept copy may miss (it then reads afresh): no
  // notice for it, or every touch would empty the caches. An expiry moved earlier is announced.
  `create trigger caller_changed after delete on sessions for each row execute function caller_changed_session()`,
  `create trigger caller_changed_update after update on sessions for each row
   when (new.expires_at < old.expires_at or new.user_id <> old.user_id or new.id <> old.id)
   execute function caller_changed_session()`,
  `create function caller_changed_user() returns trigger language plpgsql as $$
   begin
     ${notify(`'user:' || old.id`)}
     return null;
   end $$`,
  `create trigger caller_changed after update or delete on users for each row execute function caller_changed_user()`,
  `create function caller_changed_organisation() returns trigger language plpgsql as $$
   begin
     ${notify(`'organisation:' || old.id`)}
     return null;
   end $$`,
  `create trigger caller_changed after update or delete on organisations for each row execute function caller_changed_organisation()`,
  `create function caller_changed_membership() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then ${notify(`'user:' || old.user_id`)} end if;
     if tg_op <> 'DELETE' then ${notify(`'user:' || new.user_id`)} end if;
     return null;
   end $$`,
  `create trigger caller_changed after insert or update or delete on project_members for each row execute function caller_changed_membership()`,
  `create function caller_changed_all() returns trigger language plpgsql as $$
   begin
     ${notify(`'all'`)}
     return null;
   end $$`,
  ...['sessions', 'users', 'organisations', 'project_members'].map(
    (table) => `create trigger caller_changed_truncate after truncate on ${table} for each statement execute function caller_changed_all()`,
  ),
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0044 cannot be reverted');
}
