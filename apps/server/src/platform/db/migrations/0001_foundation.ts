import { sql, type Kysely } from 'kysely';

const statements = [
  `
    create table organisations (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    type text not null check (type in ('corporation','welfare','contractor','municipality','neighbourhood_team','care_partner','research','residents_group')),
    created_at timestamptz not null default now()
    )
  `,
  `
    create unique index organisations_name_unique on organisations (lower(name))
  `,
  `
    create table users (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    email text not null,
    display_name text not null,
    phone text not null default '',
    password_hash text not null,
    is_admin boolean not null default false,
    can_create_projects boolean not null default false,
    locale text not null default 'nl' check (locale in ('nl','en')),
    active boolean not null default true,
    created_at timestamptz not null default now()
    )
  `,
  `
    create unique index users_email_unique on users (lower(email))
  `,
  `
    create index users_organisation on users (organisation_id)
  `,
  `
    create table sessions (
    id text primary key,
    user_id uuid not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null
    )
  `,
  `
    create index sessions_user on sessions (user_id)
  `,
  `
    create index sessions_expires on sessions (expires_at)
  `,
  `
    create table login_attempts (
    id bigserial primary key,
    email text not null,
    ip text not null,
    succeeded boolean not null,
    attempted_at timestamptz not null default now()
    )
  `,
  `
    create index login_attempts_email on login_attempts (email, attempted_at)
  `,
  `
    create index login_attempts_ip on login_attempts (ip, attempted_at)
  `,
  `
    create table projects (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    neighbourhood text not null,
    municipality text not null,
    description text not null default '',
    works_kinds text[] not null,
    starts_on date not null,
    ends_on date,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
    )
  `,
  `
    create table project_partners (
    project_id uuid not null references projects(id) on delete cascade,
    organisation_id uuid not null references organisations(id),
    part text not null check (part in ('core','chain')),
    primary key (project_id, organisation_id)
    )
  `,
  `
    create index project_partners_organisation on project_partners (organisation_id)
  `,
  `
    create table project_members (
    project_id uuid not null references projects(id) on delete cascade,
    user_id uuid not null references users(id),
    role text not null,
    primary key (project_id, user_id)
    )
  `,
  `
    create index project_members_user on project_members (user_id)
  `,
  `
    create table project_phases (
    project_id uuid not null references projects(id) on delete cascade,
    phase text not null check (phase in ('preparation','home_visits','neighbourhood_picture','social_connecting','evaluation')),
    planned_start date,
    planned_end date,
    actual_start date,
    actual_end date,
    status text not null default 'not_started' check (status in ('not_started','in_progress','done')),
    primary key (project_id, phase)
    )
  `,
  `
    create table project_social_notes (
    project_id uuid primary key references projects(id) on delete cascade,
    text text not null,
    updated_at timestamptz not null default now(),
    updated_by uuid references users(id)
    )
  `,
  `
    create table audit_log (
    id bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor_user_id uuid,
    action text not null,
    resource_type text not null,
    resource_id text,
    project_id uuid,
    details jsonb not null default '{}'::jsonb
    )
  `,
  `
    create index audit_log_project on audit_log (project_id, occurred_at)
  `,
  `
    -- The audit log is append-only: no role of the app may change or remove what it says.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
    raise exception 'audit_log is append-only';
    end;
    $$;
  `,
  `
    create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only()
  `,
  `
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only()
  `,
  `
    create table settings (
    key text primary key,
    value text not null
    )
  `,
];

export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: the extended protocol takes no multi-statement strings.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
