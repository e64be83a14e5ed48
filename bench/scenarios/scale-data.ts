// A corporation-sized PostgreSQL database, written with COPY: many projects with their addresses,
// households, registrations, visits and referrals, a project leader of the large projects and a
// policy viewer who is a member of every project.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { defaultFormDefinition, phaseKeys } from '@thuis/domain';
import { demoRegistration } from '../../apps/server/src/demo/demo-visits.js';

export interface ScaleSizes {
  /** All projects, the featured ones included. */
  projects: number;
  /** All households (one per address), the featured projects' included. */
  households: number;
  /** All registrations; spread over the households as evenly as possible. */
  registrations: number;
  /** The homes of the projects that are measured, e.g. [2500, 10000]. */
  featured: number[];
}

export interface ScaleData {
  leaderId: string;
  policyViewerId: string;
  /** Per featured size: the project, an address whose household shares practical needs (its read is audited) and one whose does not. */
  featured: { homes: number; projectId: string; addressId: string; plainAddressId: string; referrals: number }[];
  counts: { projects: number; households: number; registrations: number; visits: number; referrals: number };
}

/** COPY text format: backslash, tab and newline escaped; null as \N. */
const field = (v: string | number | boolean | null) => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));

async function copy(client: pg.PoolClient, table: string, columns: string[], rows: Iterable<(string | number | boolean | null)[]>) {
  function* lines() {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(row.map(field).join('\t'));
      if (chunk.length === 2_000) {
        yield chunk.join('\n') + '\n';
        chunk = [];
      }
    }
    if (chunk.length) yield chunk.join('\n') + '\n';
  }
  await pipeline(Readable.from(lines()), client.query(copyStreams.from(`copy ${table} (${columns.join(', ')}) from stdin`)));
}

/** Writes the data into a migrated, empty database. */
export async function generateScaleData(url: string, sizes: ScaleSizes, log: (line: string) => void = () => undefined): Promise<ScaleData> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    const welfare = randomUUID();
    const municipality = randomUUID();
    const partner = randomUUID();
    await copy(
      client,
      'organisations',
      ['id', 'name', 'type'],
      [
        [welfare, 'Welzijn Schaal', 'welfare'],
        [municipality, 'Gemeente Schaal', 'municipality'],
        [partner, 'Schuldhulp Schaal', 'care_partner'],
      ],
    );
    const leaderId = randomUUID();
    const policyViewerId = randomUUID();
    await copy(
      client,
      'users',
      ['id', 'organisation_id', 'email', 'display_name', 'password_hash'],
      [
        [leaderId, welfare, 'leider@schaal.bench', 'Lea Leider', 'x'],
        [policyViewerId, municipality, 'beleid@schaal.bench', 'Bert Beleid', 'x'],
      ],
    );

    // Homes per project: the featured sizes first, the rest spread over the other projects.
    const others = Math.max(0, sizes.projects - sizes.featured.length);
    const rest = Math.max(0, sizes.households - sizes.featured.reduce((a, b) => a + b, 0));
    const homes = [...sizes.featured, ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0))];
    const projectIds = homes.map(() => randomUUID());
    const formIds = homes.map(() => randomUUID());
    const started = performance.now();

    await copy(
      client,
      'projects',
      ['id', 'name', 'neighbourhood', 'municipality', 'works_kinds', 'starts_on', 'created_by'],
      projectIds.map((id, p) => [
        id,
        `Schaalbuurt ${p + 1}`,
        `Schaalbuurt ${p + 1}`,
        'Nijmegen',
        '{sustainability}',
        `2026-${String((p % 12) + 1).padStart(2, '0')}-01`,
        leaderId,
      ]),
    );
    await copy(
      client,
      'project_phases',
      ['project_id', 'phase', 'status'],
      (function* () {
        for (const id of projectIds) for (const phase of phaseKeys) yield [id, phase, 'not_started'];
      })(),
    );
    await copy(
      client,
      'project_partners',
      ['project_id', 'organisation_id', 'part'],
      (function* () {
        for (const id of projectIds) {
          yield [id, welfare, 'core'];
          yield [id, partner, 'chain'];
        }
      })(),
    );
    await copy(
      client,
      'project_members',
      ['project_id', 'user_id', 'role'],
      (function* () {
        for (const [p, id] of projectIds.entries()) {
          if (p < sizes.featured.length) yield [id, leaderId, 'project_leader'];
          yield [id, policyViewerId, 'policy_viewer'];
        }
      })(),
    );
    const definition = JSON.stringify(defaultFormDefinition());
    await copy(
      client,
      'registration_forms',
      ['id', 'project_id', 'version', 'definition', 'created_by'],
      projectIds.map((id, p) => [formIds[p]!, id, 1, definition, leaderId]),
    );
    log(`projects: ${projectIds.length} in ${Math.round(performance.now() - started)} ms`);

    // Addresses, households, registrations, visits (one per home) and referrals (3 of 4 homes of a featured project).
    const addressRows: (string | number | null)[][] = [];
    const householdRows: (string | boolean)[][] = [];
    const registrationRows: string[][] = [];
    const visitRows: string[][] = [];
    const visitorRows: string[][] = [];
    const referralRows: string[][] = [];
    const featured: ScaleData['featured'] = [];
    const total = homes.reduce((a, b) => a + b, 0);
    const perHousehold = total === 0 ? 0 : sizes.registrations / total;
    let registrations = 0;
    let households = 0;
    const flush = async (final = false) => {
      if (!final && addressRows.length < 50_000) return;
      await copy(client, 'addresses', ['id', 'project_id', 'unit_id', 'street', 'house_number', 'postcode', 'city'], addressRows.splice(0));
      await copy(
        client,
        'households',
        ['id', 'address_id', 'pseudonym', 'practical_needs', 'share_needs_with_contractor'],
        householdRows.splice(0) as (string | boolean)[][],
      );
      await copy(client, 'registrations', ['id', 'project_id', 'form_id', 'client_id', 'household_key', 'content', 'created_by'], registrationRows.splice(0));
      await copy(client, 'visits', ['id', 'project_id', 'address_id', 'kind', 'starts_at', 'ends_at', 'outcome', 'created_by'], visitRows.splice(0));
      await copy(client, 'visit_visitors', ['visit_id', 'user_id'], visitorRows.splice(0));
      await copy(
        client,
        'referrals',
        ['id', 'project_id', 'household_id', 'partner_organisation_id', 'question', 'share', 'consent_given_on', 'consent_recorded_by', 'referred_by'],
        referralRows.splice(0),
      );
    };
    for (const [p, projectId] of projectIds.entries()) {
      let firstAddress = '';
      let plainAddress = '';
      let referrals = 0;
      for (let i = 0; i < homes[p]!; i++) {
        const addressId = randomUUID();
        const householdId = randomUUID();
        const pseudonym = randomUUID().replaceAll('-', '');
        if (!firstAddress) firstAddress = addressId;
        if (i === 1) plainAddress = addressId;
        addressRows.push([
          addressId,
          projectId,
          `P${p}-${i}`,
          `Schaalstraat ${1 + Math.floor(i / 500)}`,
          1 + (i % 500),
          `${1000 + Math.floor(i / 500)}AB`,
          'Nijmegen',
        ]);
        householdRows.push([householdId, addressId, pseudonym, i % 3 === 0 ? 'Rolstoel; graag bellen voor het bezoek' : '', i % 3 === 0]);
        const wanted = Math.round((households + 1) * perHousehold) - registrations;
        for (let r = 0; r < wanted; r++, registrations++)
          registrationRows.push([
            randomUUID(),
            projectId,
            formIds[p]!,
            randomUUID(),
            pseudonym,
            JSON.stringify(demoRegistration(households + r, i % 2 === 0)),
            leaderId,
          ]);
        households++;
        const visitId = randomUUID();
        const day = new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 8 + (i % 9)));
        visitRows.push([
          visitId,
          projectId,
          addressId,
          'joint_intake',
          day.toISOString(),
          new Date(day.getTime() + 3_600_000).toISOString(),
          'completed_with_conversation',
          leaderId,
        ]);
        visitorRows.push([visitId, leaderId]);
        if (p < sizes.featured.length && i % 4 !== 0) {
          referralRows.push([
            randomUUID(),
            projectId,
            householdId,
            partner,
            'Hulp bij de administratie',
            '{name,address,phone}',
            '2026-03-01',
            leaderId,
            leaderId,
          ]);
          referrals++;
        }
        await flush();
      }
      if (p < sizes.featured.length) featured.push({ homes: homes[p]!, projectId, addressId: firstAddress, plainAddressId: plainAddress, referrals });
    }
    await flush(true);
    log(`homes: ${households}, registrations: ${registrations} in ${Math.round((performance.now() - started) / 1000)} s`);
    await q('analyze');
    return {
      leaderId,
      policyViewerId,
      featured,
      counts: {
        projects: projectIds.length,
        households,
        registrations,
        visits: households,
        referrals: featured.reduce((a, f) => a + f.referrals, 0),
      },
    };
  } finally {
    client.release();
    await pool.end();
  }
}
