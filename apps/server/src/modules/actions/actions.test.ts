import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { socialTeamRoles, todayInAmsterdam } from '@thuis/domain';
import { newAddress, newBuildingPhase, newHousehold, newSignal, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { capturingSmtp } from '../../test/capturing-smtp.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { loadConfig } from '../../config.js';
import { createAccess } from '../../platform/access/access.js';
import { createSmtpMailer } from '../../platform/mail/mailer.js';
import { createActionRepository } from './repository.js';
import { actionReminderJob } from './send-action-reminders.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

async function newActionWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    consultant: { type: 'corporation', role: 'housing_consultant', name: 'Wim Woon' },
    builder: { type: 'contractor', role: 'site_manager' },
    partner: { type: 'care_partner', role: 'partner_contact' },
  });
  const phase = await newBuildingPhase(db, projectId, { name: 'Bouwfase 1' });
  const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 8 });
  await newHousehold(db, home.id, { name: 'Fam. Bakker' });
  const worker = await clientFor(t.app, db, people.worker.id);
  return { projectId, people, phase, worker };
}

describe('the action list', () => {
  it('follows up a signal with actions and filters them by kind, owner, building phase and overdue', async () => {
    const { projectId, people, phase, worker } = await newActionWorld();
    const care = await newSignal(t.database.db, projectId, { category: 'care', subject: 'financial', buildingPhaseId: phase.id });
    const works = await newSignal(t.database.db, projectId, { category: 'works', subject: 'packing_help' });
    const created = await worker.post(`/api/projects/${projectId}/actions`, {
      signalId: care.id,
      title: 'Schuldhulp bellen over een afspraak',
      ownerId: people.worker.id,
      dueOn: '2026-01-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      category: 'care',
      subject: 'financial',
      buildingPhaseName: 'Bouwfase 1',
      ownerName: 'Sanne Opbouw',
      status: 'open',
      overdue: true,
    });
    await worker.post(`/api/projects/${projectId}/actions`, {
      signalId: works.id,
      title: 'Verhuisdozen regelen',
      ownerId: people.consultant.id,
      dueOn: '2099-01-01',
    });
    await worker.post(`/api/projects/${projectId}/actions`, { title: 'Buurtkamer reserveren', ownerId: people.consultant.id });

    const titles = async (query: string) =>
      (await worker.get(`/api/projects/${projectId}/actions?${query}`)).json().items.map((a: { title: string }) => a.title);
    expect(await titles('')).toEqual(['Schuldhulp bellen over een afspraak', 'Verhuisdozen regelen', 'Buurtkamer reserveren']);
    expect(await titles('category=works')).toEqual(['Verhuisdozen regelen']);
    expect(await titles(`ownerId=${people.consultant.id}`)).toEqual(['Verhuisdozen regelen', 'Buurtkamer reserveren']);
    expect(await titles(`buildingPhaseId=${phase.id}`)).toEqual(['Schuldhulp bellen over een afspraak']);
    expect(await titles('overdue=true')).toEqual(['Schuldhulp bellen over een afspraak']);

    // Done on the board: no longer overdue.
    const id = created.json().id;
    const moved = await worker.put(`/api/projects/${projectId}/actions/${id}`, {
      title: 'Schuldhulp bellen over een afspraak',
      ownerId: people.worker.id,
      dueOn: '2026-01-10',
      status: 'done',
      note: '',
    });
    expect(moved.json()).toMatchObject({ status: 'done', overdue: false });
    expect(await titles('overdue=true')).toEqual([]);
  });

  it('keeps the list anonymised and its owners in the social team; changes nothing on a refusal', async () => {
    const { projectId, people, worker } = await newActionWorld();
    const named = await worker.post(`/api/projects/${projectId}/actions`, {
      title: 'Fam. Bakker terugbellen',
      ownerId: people.builder.id,
      note: 'Lankforst 8, bel 06-12345678',
    });
    expect(named.statusCode).toBe(400);
    expect(
      named
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['note', 'ownerId', 'title']);
    // The team may be named: who does what.
    expect((await worker.post(`/api/projects/${projectId}/actions`, { title: 'Wim Woon overleggen', ownerId: people.worker.id })).statusCode).toBe(201);
    expect((await t.database.db.selectFrom('actions').where('project_id', '=', projectId).select('title').execute()).map((a) => a.title)).toEqual([
      'Wim Woon overleggen',
    ]);
    // Only the social team works on the list.
    for (const outsider of [people.builder.id, people.partner.id]) {
      const client = await clientFor(t.app, t.database.db, outsider);
      expect((await client.get(`/api/projects/${projectId}/actions`)).statusCode).toBe(404);
    }
  });
});

describe('reminders of overdue actions', () => {
  it('shows a person their own overdue actions in the app', async () => {
    const { projectId, people, worker } = await newActionWorld();
    await worker.post(`/api/projects/${projectId}/actions`, { title: 'Formulierenhulp inschakelen', ownerId: people.worker.id, dueOn: '2026-02-01' });
    await worker.post(`/api/projects/${projectId}/actions`, { title: 'Nog niet aan de beurt', ownerId: people.worker.id, dueOn: '2099-02-01' });
    await worker.post(`/api/projects/${projectId}/actions`, { title: 'Van een collega', ownerId: people.consultant.id, dueOn: '2026-02-01' });
    const reminders = (await worker.get('/api/me/reminders')).json().overdueActions;
    expect(reminders).toEqual([
      { id: expect.any(String), projectId, projectName: expect.any(String), title: 'Formulierenhulp inschakelen', dueOn: '2026-02-01' },
    ]);
  });

  it('e-mails each owner once a day over SMTP, also when two app instances run the job at once', async () => {
    const smtp = await capturingSmtp();
    const received = smtp.received;
    // A database of its own: the other tests' overdue actions would be reminded of too.
    const mailApp = await createTestApp({ runJobs: false });
    try {
      const db = mailApp.database.db;
      const { projectId, people } = await newTeamProject(db, {
        worker: { type: 'welfare', role: 'community_worker' },
        consultant: { type: 'corporation', role: 'housing_consultant' },
      });
      const worker = await clientFor(mailApp.app, db, people.worker.id);
      await worker.post(`/api/projects/${projectId}/actions`, { title: 'Schuldhulp bellen', ownerId: people.worker.id, dueOn: '2026-03-01' });
      await worker.post(`/api/projects/${projectId}/actions`, { title: 'Buurtteam inlichten', ownerId: people.worker.id, dueOn: '2026-03-02' });
      await worker.post(`/api/projects/${projectId}/actions`, { title: 'Klaar is klaar', ownerId: people.consultant.id, dueOn: '2026-03-01', status: 'done' });
      await worker.post(`/api/projects/${projectId}/actions`, { title: 'Pas volgend jaar', ownerId: people.consultant.id, dueOn: '2099-03-01' });

      // Two instances of the job, as two app instances would run it, until neither finds work.
      const config = loadConfig({ SMTP_URL: smtp.url, APP_URL: 'https://thuis.example.nl' });
      const ctx = { db, config, access: createAccess(db), mailer: createSmtpMailer(config.smtpUrl!, config.mailFrom) };
      const reminderJob = (options: { today?: () => string } = {}) => actionReminderJob(ctx, { idleMs: 0, ...options });
      const jobs = [reminderJob(), reminderJob()];
      const runUntilIdle = async (job: () => Promise<boolean>) => {
        while (await job());
      };
      await Promise.all(jobs.map(runUntilIdle));
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual([people.worker.email]);
      expect(received[0]!.raw).toContain('Schuldhulp bellen');
      expect(received[0]!.raw).toContain('Buurtteam inlichten');
      expect(received[0]!.raw).toContain('01-03-2026');
      expect(received[0]!.raw).not.toContain('Pas volgend jaar');

      // The same day again: nothing new. A new day: reminded again.
      await Promise.all([reminderJob(), reminderJob()].map(runUntilIdle));
      expect(received).toHaveLength(1);
      const tomorrow = reminderJob({ today: () => '2099-12-31' });
      await runUntilIdle(tomorrow);
      expect(
        received
          .slice(1)
          .map((r) => r.to[0])
          .sort(),
      ).toEqual([people.worker.email, people.consultant.email].sort());
    } finally {
      await mailApp.close();
      await smtp.close();
    }
  });

  it("claims all of one owner's overdue actions at once, waiting for an action held by an edit", async () => {
    const mailApp = await createTestApp({ runJobs: false });
    try {
      const db = mailApp.database.db;
      const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
      const worker = await clientFor(mailApp.app, db, people.worker.id);
      const first = (
        await worker.post(`/api/projects/${projectId}/actions`, { title: 'Schuldhulp bellen', ownerId: people.worker.id, dueOn: '2026-03-01' })
      ).json();
      await worker.post(`/api/projects/${projectId}/actions`, { title: 'Buurtteam inlichten', ownerId: people.worker.id, dueOn: '2026-03-02' });
      const actions = createActionRepository(db);
      let releaseEdit!: () => void;
      const editHolds = new Promise<void>((resolve) => (releaseEdit = resolve));
      let editStarted!: () => void;
      const started = new Promise<void>((resolve) => (editStarted = resolve));
      const edit = db.transaction().execute(async (trx) => {
        await trx.updateTable('actions').set({ note: 'bijgewerkt' }).where('id', '=', first.id).execute();
        editStarted();
        await editHolds;
      });
      await started;
      const claim = actions.claimReminders('2026-06-01', socialTeamRoles);
      // Release the edit only once the claim is waiting for it: on PostgreSQL a lock request not yet
      // granted; PGlite is one session, where the driver queues the claim behind the open transaction.
      await claimWaitsForLock(mailApp.database);
      releaseEdit();
      await edit;
      expect((await claim).map((a) => a.title).sort()).toEqual(['Buurtteam inlichten', 'Schuldhulp bellen']);
      expect(await actions.claimReminders('2026-06-01', socialTeamRoles)).toEqual([]);
    } finally {
      await mailApp.close();
    }
  });

  it('sends no e-mail when no SMTP server is configured', async () => {
    const { projectId, people, worker } = await newActionWorld();
    await worker.post(`/api/projects/${projectId}/actions`, { title: 'Over tijd', ownerId: people.worker.id, dueOn: '2026-02-01' });
    const withoutSmtp = actionReminderJob({ db: t.database.db, config: loadConfig({}), access: createAccess(t.database.db) }, { idleMs: 0 });
    expect(await withoutSmtp()).toBe(false);
    const row = await t.database.db.selectFrom('actions').where('project_id', '=', projectId).select('reminded_on').executeTakeFirstOrThrow();
    expect(row.reminded_on).toBeNull();
    expect(todayInAmsterdam() > '2026-02-01').toBe(true);
  });
});

/** Resolves once another session waits for a row lock; fails when none does within 30 s. */
async function claimWaitsForLock(database: DatabaseHandle) {
  if (database.engine === 'pglite') return new Promise<void>((resolve) => setImmediate(resolve));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const { rows } = await sql<{
      waiting: number;
    }>`select count(*)::int as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database()`.execute(
      database.db,
    );
    if (rows[0]!.waiting > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the claim never waited for the edit');
}
