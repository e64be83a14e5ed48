import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInAmsterdam, type RetentionView } from '@thuis/domain';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { AppContext } from '../../platform/context.js';
import { openPostgres, type DatabaseHandle, type Db } from '../../platform/db/database.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { newAddress, newHousehold, newOrganisation, newReferral, newSignal, newTalentCard, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { testEngine } from '../../test/test-database.js';
import { retentionJob } from './purge-expired-identities.js';

/** A project that ended on `endsOn` with two households: contact data, a note, a talent card, a referral and a signal. */
async function newEndedProject(db: Db, endsOn: string, retentionMonths: number | null) {
  const { projectId, people } = await newTeamProject(db, { leader: { type: 'corporation', role: 'project_leader' } }, { startsOn: '2015-01-05', endsOn });
  await db.updateTable('projects').set({ retention_months: retentionMonths }).where('id', '=', projectId).execute();
  const partner = await newOrganisation(db, { type: 'neighbourhood_team' });
  const households = [];
  for (const name of ['Fam. Bewaard', 'Fam. Tijdelijk']) {
    const household = await newHousehold(db, (await newAddress(db, projectId)).id, { name, phone: '06 1234 5678', practicalNeeds: 'Trapliftje' });
    await newSignal(db, projectId, { householdKey: household.pseudonym });
    households.push(household);
  }
  await newTalentCard(db, projectId, households[0]!.id);
  await newReferral(db, projectId, households[1]!.id, partner.id);
  return { projectId, leaderId: people.leader.id, households };
}

async function identities(db: Db, projectId: string) {
  const contacts = await db
    .selectFrom('household_contacts as c')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .innerJoin('addresses as a', 'a.id', 'h.address_id')
    .where('a.project_id', '=', projectId)
    .where('c.name', '<>', '')
    .select('c.household_id')
    .execute();
  const cards = await db.selectFrom('talent_cards').where('project_id', '=', projectId).select('id').execute();
  const referrals = await db.selectFrom('referrals').where('project_id', '=', projectId).select('id').execute();
  const linkedSignals = await db
    .selectFrom('signals as s')
    .innerJoin('households as h', 'h.pseudonym', 's.household_key')
    .where('s.project_id', '=', projectId)
    .select('s.id')
    .execute();
  return { contacts: contacts.length, cards: cards.length, referrals: referrals.length, linkedSignals: linkedSignals.length };
}

describe('retention purge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ runJobs: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the leader the coming purge date and what it will erase, and lets the leader change the period', async () => {
    const db = t.database.db;
    const { projectId, leaderId } = await newEndedProject(db, '2026-06-30', null);
    const leader = await clientFor(t.app, db, leaderId);
    const view = (await leader.get(`/api/projects/${projectId}/retention`)).json() as RetentionView;
    expect(view).toMatchObject({ endsOn: '2026-06-30', retentionMonths: null, defaultMonths: 24, purgeOn: '2028-06-30', purgedAt: null });
    expect(view.counts).toEqual({ contacts: 2, householdNotes: 2, talentCards: 1, talentMatches: 0, referrals: 1, surveyLinks: 0, pseudonyms: 2 });
    const saved = await leader.put(`/api/projects/${projectId}/retention`, { retentionMonths: 6 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ retentionMonths: 6, purgeOn: '2026-12-30' });
    const wrong = await leader.put(`/api/projects/${projectId}/retention`, { retentionMonths: 0 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('retentionMonths');
    expect((await leader.get(`/api/projects/${projectId}/retention`)).json()).toMatchObject({ retentionMonths: 6 });
  });

  it('erases identities once the period has passed, keeps content and counts, and leaves a project inside its period untouched', async () => {
    const db = t.database.db;
    const today = todayInAmsterdam();
    const expired = await newEndedProject(db, addMonths(today, -13), 12);
    const inside = await newEndedProject(db, addMonths(today, -13), null);
    // One household per round: the purge goes in short steps.
    const job = retentionJob({ db } as AppContext, { idleMs: 0, batch: 1 });
    expect(await job(new AbortController().signal)).toBe(true);
    const halfway = await db.selectFrom('projects').where('id', '=', expired.projectId).select('retention_purged_at').executeTakeFirstOrThrow();
    expect(halfway.retention_purged_at).toBeNull();
    // Other tests' projects may be due too: run until nothing is left.
    while (await job(new AbortController().signal));
    expect(await identities(db, expired.projectId)).toEqual({ contacts: 0, cards: 0, referrals: 0, linkedSignals: 0 });
    expect(await identities(db, inside.projectId)).toEqual({ contacts: 2, cards: 1, referrals: 1, linkedSignals: 2 });
    expect(await db.selectFrom('signals').where('project_id', '=', expired.projectId).select('id').execute()).toHaveLength(2);
    const audit = await db
      .selectFrom('audit_log')
      .where('project_id', '=', expired.projectId)
      .where('action', '=', 'retention_purge')
      .select(['details', 'household_ids'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.details.finished, a.household_ids?.length])).toEqual([
      [false, 1],
      [true, 1],
    ]);
    expect(new Set(audit.flatMap((a) => a.household_ids))).toEqual(new Set(expired.households.map((h) => h.id)));
    // Run again: nothing more happens.
    expect(await job(new AbortController().signal)).toBe(false);
    const leader = await clientFor(t.app, db, expired.leaderId);
    const view = (await leader.get(`/api/projects/${expired.projectId}/retention`)).json() as RetentionView;
    expect(view.purgedAt).not.toBeNull();
    expect(view.counts).toEqual({ contacts: 2, householdNotes: 2, talentCards: 1, talentMatches: 0, referrals: 1, surveyLinks: 0, pseudonyms: 2 });
    expect((await leader.put(`/api/projects/${expired.projectId}/retention`, { retentionMonths: 120 })).statusCode).toBe(409);
  });
});

/**
 * Acceptance 3: two app instances on one PostgreSQL database both look for due purges at once.
 * PostgreSQL only: PGlite is the embedded database of one process.
 */
describe.skipIf(testEngine !== 'postgres')('retention purge on two app instances (PostgreSQL only)', () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `thuis_retention_${randomBytes(6).toString('hex')}`;
  const handles: DatabaseHandle[] = [];
  const apps: FastifyInstance[] = [];

  async function admin(query: string) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handles.push(openPostgres(url.toString(), 4), openPostgres(url.toString(), 4));
    await migrateToLatest(handles[0]!.db);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    if (serverUrl) await admin(`drop database if exists ${name} with (force)`);
  });

  it('erases each expired project exactly once, and leaves a project inside its period untouched', async () => {
    const db = handles[0]!.db;
    const today = todayInAmsterdam();
    const expired = [];
    for (let i = 0; i < 6; i++) expired.push(await newEndedProject(db, addMonths(today, -30 - i), null));
    const inside = await newEndedProject(db, addMonths(today, -30), 36);

    // Both instances start on the due work at the same moment, polling every 20 ms.
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '20' }), webDist: '/nonexistent', demo: false };
    const built = await Promise.all(handles.map((database) => buildApp({ config, database, logger: false })));
    apps.push(...built);
    const ids = expired.map((p) => p.projectId);
    for (let tries = 0; ; tries++) {
      const open = await db.selectFrom('projects').where('id', 'in', ids).where('retention_purged_at', 'is', null).select('id').execute();
      if (open.length === 0) break;
      if (tries > 500) throw new Error('the retention purge did not finish');
      await new Promise((r) => setTimeout(r, 20));
    }
    // Give a second run every chance to happen.
    await new Promise((r) => setTimeout(r, 300));

    // Each household erased by one purge entry only, each project's counts recorded once.
    const purges = await db.selectFrom('audit_log').where('action', '=', 'retention_purge').select(['project_id', 'details', 'household_ids']).execute();
    expect(purges.map((p) => p.project_id).sort()).toEqual([...ids].sort());
    expect(purges.flatMap((p) => p.household_ids ?? []).sort()).toEqual(expired.flatMap((p) => p.households.map((h) => h.id)).sort());
    for (const purge of purges)
      expect(purge.details.erased).toEqual({ contacts: 2, householdNotes: 2, talentCards: 1, talentMatches: 0, referrals: 1, surveyLinks: 0, pseudonyms: 2 });
    for (const project of expired) expect(await identities(db, project.projectId)).toEqual({ contacts: 0, cards: 0, referrals: 0, linkedSignals: 0 });
    expect(await identities(db, inside.projectId)).toEqual({ contacts: 2, cards: 1, referrals: 1, linkedSignals: 2 });
    const untouched = await db.selectFrom('projects').where('id', '=', inside.projectId).select('retention_purged_at').executeTakeFirstOrThrow();
    expect(untouched.retention_purged_at).toBeNull();
  });
});
