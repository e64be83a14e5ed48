import { sql, type Kysely } from 'kysely';

// Issue 14: the picture overview counted every registration's answers out of its JSON on each read
// (640 ms p95 at 10,000 homes). The counts are now kept per project and per filter group (form
// version, building phase, sub-neighbourhood, age group), so the overview sums a few hundred rows.
// A statement trigger on registrations keeps them in the writing transaction, whichever code writes
// (a save, an offline sync, an import, an erasure, a building phase removed, a bulk COPY): one
// upsert per statement, not per row. A per-project advisory lock orders the writers of one project,
// so two transactions that each write several registrations cannot deadlock on the counters.
//
// What one registration contributes, as the overview counted it before: itself; per question key
// every distinct non-empty answer (a multi's options one by one, JSON null as 'null') and, once,
// that it answered the key (answer ''); every distinct card; every text category whose text is not
// blank once trimmed as JavaScript's trim() trims. The age group is the answer to the default form's
// `age_group` (AGE_GROUP_KEY in the domain), the picture page's age filter.

// Whitespace as JavaScript's trim() knows it (as the pooled texts read it).
const space = String.raw`[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
const trimmed = (text: string) => `coalesce(regexp_replace(${text}, '^${space}+|${space}+$', '', 'g'), '')`;
const texts: Record<string, string> = {
  person_obstacles: `c.content -> 'openText' ->> 'person_obstacles'`,
  person_opportunities: `c.content -> 'openText' ->> 'person_opportunities'`,
  environment_obstacles: `c.content -> 'openText' ->> 'environment_obstacles'`,
  environment_opportunities: `c.content -> 'openText' ->> 'environment_opportunities'`,
  talents: `c.content ->> 'talents'`,
};

/**
 * The counts `changed` (columns sign, id, project_id, form_id, building_phase_id,
 * sub_neighbourhood_id, content) adds to (sign 1) or takes from (sign -1) the project's counts.
 */
const counted = (changed: string) => `
  with c as (${changed}),
  facts as (
    select sign, id, project_id, form_id, building_phase_id, sub_neighbourhood_id,
      coalesce(content -> 'answers' ->> 'age_group', '') as age_group, 'registration' as kind, '' as key, '' as answer
    from c
    union
    select c.sign, c.id, c.project_id, c.form_id, c.building_phase_id, c.sub_neighbourhood_id,
      coalesce(c.content -> 'answers' ->> 'age_group', ''), 'answer', e.key, x.answer
    from c
    cross join lateral jsonb_each(c.content -> 'answers') e
    cross join lateral (
      select case jsonb_typeof(v.value) when 'null' then 'null' else v.value #>> '{}' end as answer
      from jsonb_array_elements(case jsonb_typeof(e.value) when 'array' then e.value else jsonb_build_array(e.value) end) v
    ) a
    cross join lateral (values (a.answer), ('')) x(answer)
    where a.answer <> ''
    union
    select c.sign, c.id, c.project_id, c.form_id, c.building_phase_id, c.sub_neighbourhood_id,
      coalesce(c.content -> 'answers' ->> 'age_group', ''), 'card', k.key, ''
    from c cross join lateral jsonb_array_elements_text(c.content -> 'cards') k(key)
    union
    select c.sign, c.id, c.project_id, c.form_id, c.building_phase_id, c.sub_neighbourhood_id,
      coalesce(c.content -> 'answers' ->> 'age_group', ''), 'text', t.key, ''
    from c cross join lateral (values ${Object.entries(texts)
      .map(([category, text]) => `('${category}', ${trimmed(text)})`)
      .join(', ')}) t(key, text)
    where t.text <> ''
  )
  select project_id, form_id, building_phase_id, sub_neighbourhood_id, age_group, kind, key, answer, sum(sign)::int as count
  from facts
  group by project_id, form_id, building_phase_id, sub_neighbourhood_id, age_group, kind, key, answer
  having sum(sign) <> 0`;

const columns = 'project_id, form_id, building_phase_id, sub_neighbourhood_id, age_group, kind, key, answer';
const row = (table: string, sign: number) => `select ${sign} as sign, id, project_id, form_id, building_phase_id, sub_neighbourhood_id, content from ${table}`;

/**
 * Adds what `changed` counts, in the order of the key so that concurrent writers lock alike. A
 * project being deleted takes its counts along (the foreign key) and gets none back.
 */
const apply = (changed: string) => `
  insert into picture_counts (${columns}, count)
  select d.* from (${counted(changed)}) d
  where exists (select from projects p where p.id = d.project_id)
  order by ${columns}
  on conflict (${columns}) do update set count = picture_counts.count + excluded.count`;

// One advisory lock per project written, in project order (the first number marks this use of them).
const lockProjects = (projects: string) =>
  `perform pg_advisory_xact_lock(14, hashtext(w.project_id::text)) from (select distinct project_id from (${projects}) p order by 1) w`;

// Only what the counts depend on: an erasure that moves a household key takes no lock and counts nothing.
const changedRows = `
  from new_rows n join old_rows o on o.id = n.id
  where n.content is distinct from o.content or n.project_id is distinct from o.project_id or n.form_id is distinct from o.form_id
    or n.building_phase_id is distinct from o.building_phase_id or n.sub_neighbourhood_id is distinct from o.sub_neighbourhood_id`;
const changedColumns = (r: string) => `${r}.id, ${r}.project_id, ${r}.form_id, ${r}.building_phase_id, ${r}.sub_neighbourhood_id, ${r}.content`;

const bodies = {
  insert: [lockProjects('select project_id from new_rows'), apply(row('new_rows', 1))],
  update: [
    lockProjects(`select n.project_id ${changedRows} union select o.project_id ${changedRows}`),
    apply(`select 1 as sign, ${changedColumns('n')} ${changedRows} union all select -1, ${changedColumns('o')} ${changedRows}`),
  ],
  delete: [lockProjects('select project_id from old_rows'), apply(row('old_rows', -1))],
};

/** The counts of every registration stored (the counts must be empty): the migration's start. */
export const countStoredRegistrations = apply(row('registrations', 1));

const statements = [
  `create table picture_counts (
     project_id uuid not null references projects(id) on delete cascade,
     form_id uuid not null,
     building_phase_id uuid,
     sub_neighbourhood_id uuid,
     age_group text not null,
     kind text not null check (kind in ('registration', 'answer', 'card', 'text')),
     key text not null,
     answer text not null,
     count integer not null,
     unique nulls not distinct (${columns})
   )`,
  ...(['insert', 'update', 'delete'] as const).flatMap((op) => [
    `create function picture_counts_${op}() returns trigger language plpgsql as $$
     begin
       ${bodies[op].join(';\n')};
       return null;
     end $$`,
    `create trigger picture_counts_${op} after ${op} on registrations
     referencing ${op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows'}
     for each statement execute function picture_counts_${op}()`,
  ]),
  countStoredRegistrations,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0040 cannot be reverted');
}
