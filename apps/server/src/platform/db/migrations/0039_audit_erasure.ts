import { sql, type Kysely } from 'kysely';

// ADR 0005 (issue 15): an erasure unlinks a household from the content it told. The audit log's reads
// of that content (registrations, signals, measurements) named the household next to the items shown,
// which would tie them together again. The log stays append-only, with one exception: inside the
// erasure's own transaction (flag `thuis.erasing_households`) erased households may be removed from
// the households an entry names; nothing else of an entry may change, and nothing may be deleted.
const statements = [
  `create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
   begin
     if tg_op = 'UPDATE'
        and current_setting('thuis.erasing_households', true) = 'on'
        and new.id = old.id
        and new.occurred_at = old.occurred_at
        and new.actor_user_id is not distinct from old.actor_user_id
        and new.action = old.action
        and new.resource_type = old.resource_type
        and new.resource_id is not distinct from old.resource_id
        and new.project_id is not distinct from old.project_id
        and new.details = old.details
        and coalesce(new.household_ids, '{}') <@ coalesce(old.household_ids, '{}') then
       return new;
     end if;
     raise exception 'audit_log is append-only';
   end;
   $$`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0039 cannot be reverted');
}
