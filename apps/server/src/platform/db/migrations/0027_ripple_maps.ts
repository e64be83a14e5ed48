import { sql, type Kysely } from 'kysely';

const statements = [
  // Ripple effects maps ("rimpelingen"): per activity or top-5 theme, effects at three levels.
  `create table ripple_maps (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     title text not null,
     activity_id uuid references activities(id) on delete set null,
     theme_id uuid references themes(id) on delete set null,
     status text not null default 'draft' check (status in ('draft','finished')),
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (activity_id is null or theme_id is null)
   )`,
  `create index ripple_maps_project on ripple_maps (project_id, updated_at desc)`,
  // An effect: a short text (no personal data: it passed the identifying check) at a level and a position.
  `create table ripple_nodes (
     id uuid primary key default gen_random_uuid(),
     map_id uuid not null references ripple_maps(id) on delete cascade,
     level text not null check (level in ('direct','indirect','lasting')),
     text text not null,
     x double precision not null,
     y double precision not null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (map_id, id)
   )`,
  // An arrow from a cause to its effect, both on the same map (the composite keys enforce it).
  `create table ripple_edges (
     id uuid primary key default gen_random_uuid(),
     map_id uuid not null references ripple_maps(id) on delete cascade,
     from_node_id uuid not null,
     to_node_id uuid not null,
     created_at timestamptz not null default now(),
     foreign key (map_id, from_node_id) references ripple_nodes(map_id, id) on delete cascade,
     foreign key (map_id, to_node_id) references ripple_nodes(map_id, id) on delete cascade,
     unique (map_id, from_node_id, to_node_id),
     check (from_node_id <> to_node_id)
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
