import { sql, type Kysely } from 'kysely';

const statements = [
  // A home's position on the neighbourhood map, in WGS84 degrees (from the import or a click on the map).
  `alter table addresses add column latitude double precision`,
  `alter table addresses add column longitude double precision`,
  `alter table addresses add constraint addresses_position_pair check ((latitude is null) = (longitude is null))`,
  // Meaningful places ("betekenisvolle plekken"): what a spot means to whom; never a resident's name.
  `create table meaningful_places (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     kind text not null check (kind in ('community_centre','bench','vegetable_garden','model_home','coffee_cart_spot','square','other')),
     name text not null,
     meaning text not null default '',
     for_whom text not null default '',
     not_welcome text not null default '',
     activities text not null default '',
     changes_asked text not null default '',
     latitude double precision not null,
     longitude double precision not null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index meaningful_places_project on meaningful_places (project_id, name)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
