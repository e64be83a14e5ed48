import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject, newUser, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { capturingSmtp } from '../../test/capturing-smtp.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { loadConfig } from '../../config.js';
import { createAccess } from '../../platform/access/access.js';
import { createSmtpMailer } from '../../platform/mail/mailer.js';
import type { Db } from '../../platform/db/database.js';
import { referralNotificationJob } from './send-referral-notifications.js';

/** The message as a reader sees it: quoted-printable soft line breaks and escapes undone. */
const readable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A project with a community worker, two case workers of debt help and one of the neighbourhood team, and a household with a signal. */
async function newWorld(db: Db) {
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    debtHelp: { type: 'care_partner', role: 'partner_contact', name: 'Dirk Schuldhulp' },
    debtHelpColleague: { type: 'care_partner', role: 'partner_contact', name: 'Els Schuldhulp' },
    neighbourhoodTeam: { type: 'neighbourhood_team', role: 'partner_contact', name: 'Bea Buurtteam' },
  });
  // Of debt help too, but not in this project: not told of its referrals.
  const elsewhere = await newUser(db, { organisationId: people.debtHelp.organisationId, name: 'Ed Elders' });
  const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 8 });
  await newHousehold(db, home.id, { name: 'Fam. Bakker', phone: '024 123 45 67', email: 'bakker@example.nl' });
  const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
  return { projectId, people, elsewhere, visit };
}

const question = 'Wil graag hulp bij het op orde brengen van de rekeningen.';

async function refer(app: TestApp, world: Awaited<ReturnType<typeof newWorld>>, partnerId: string) {
  const worker = await clientFor(app.app, app.database.db, world.people.worker.id);
  const signal = await worker.post(`/api/projects/${world.projectId}/signals`, {
    category: 'care',
    subject: 'financial',
    visitId: world.visit.id,
    description: 'Maakt zich zorgen over oplopende schulden.',
  });
  expect(signal.statusCode, signal.body).toBe(201);
  const made = await worker.post(`/api/projects/${world.projectId}/referrals`, {
    signalId: signal.json().id,
    partnerId,
    question,
    consentGiven: true,
    consentGivenOn: '2026-11-20',
    share: ['name', 'address', 'phone', 'signal'],
  });
  expect(made.statusCode, made.body).toBe(201);
  return made.json() as { id: string };
}

describe('partners told of a new referral by e-mail', () => {
  it('e-mails each case worker of the partner once, with a link and nothing of the household, also when two app instances send', async () => {
    const smtp = await capturingSmtp();
    const app = await createTestApp({ runJobs: false, env: { SMTP_URL: smtp.url, APP_URL: 'https://thuis.example.nl' } });
    try {
      const db = app.database.db;
      const world = await newWorld(db);
      const referral = await refer(app, world, world.people.debtHelp.organisationId);
      // Queued with the referral, sent by the job.
      expect(await db.selectFrom('referral_notifications').where('referral_id', '=', referral.id).select('user_id').execute()).toHaveLength(2);
      expect(smtp.received).toEqual([]);

      const config = loadConfig({ SMTP_URL: smtp.url, APP_URL: 'https://thuis.example.nl' });
      const ctx = { db, config, access: createAccess(db), mailer: createSmtpMailer(smtp.url, config.mailFrom) };
      const runUntilIdle = async (job: () => Promise<boolean>) => {
        while (await job());
      };
      const noStop = new AbortController().signal;
      const instance = () => {
        const job = referralNotificationJob(ctx);
        return () => job(noStop);
      };
      await Promise.all([instance(), instance()].map(runUntilIdle));

      expect(smtp.received.map((m) => m.to).sort()).toEqual([[world.people.debtHelp.email], [world.people.debtHelpColleague.email]].sort());
      for (const mail of smtp.received) {
        const text = readable(mail.raw);
        expect(text).toContain('Subject: Thuis: nieuwe doorverwijzing voor uw organisatie');
        expect(text).toContain('Er is een nieuwe doorverwijzing voor uw organisatie in Thuis.');
        expect(text).toContain(`https://thuis.example.nl/projects/${world.projectId}/referral-inbox?filter=new`);
        // No personal data: not the household, its address or postcode, the signal or the question, nor who referred.
        for (const secret of ['Bakker', 'Spoorstraat', '6538', '024 123 45 67', 'bakker@example.nl', 'schulden', 'rekeningen', 'Sanne Opbouw'])
          expect(text).not.toContain(secret);
      }

      // Once: another round, by either instance, sends nothing more.
      await Promise.all([instance(), instance()].map(runUntilIdle));
      expect(smtp.received).toHaveLength(2);
      // A referral to another partner tells only that partner's people.
      await refer(app, world, world.people.neighbourhoodTeam.organisationId);
      await runUntilIdle(instance());
      expect(smtp.received.slice(2).map((m) => m.to)).toEqual([[world.people.neighbourhoodTeam.email]]);
      expect(smtp.received.flatMap((m) => m.to)).not.toContain(world.elsewhere.email);
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('tries a refused e-mail again later, and queues none without SMTP', async () => {
    const smtp = await capturingSmtp({ refuse: 1 });
    const app = await createTestApp({ runJobs: false, env: { SMTP_URL: smtp.url } });
    try {
      const db = app.database.db;
      const world = await newWorld(db);
      await refer(app, world, world.people.neighbourhoodTeam.organisationId);
      const config = loadConfig({ SMTP_URL: smtp.url });
      const job = referralNotificationJob(
        { db, config, access: createAccess(db), mailer: createSmtpMailer(smtp.url, config.mailFrom) },
        { retryAfterSeconds: 0 },
      );
      const noStop = new AbortController().signal;
      await expect(job(noStop)).rejects.toThrow(/mailbox busy/);
      expect(smtp.received).toEqual([]);
      expect(await job(noStop)).toBe(true);
      expect(await job(noStop)).toBe(false);
      expect(smtp.received.map((m) => m.to)).toEqual([[world.people.neighbourhoodTeam.email]]);
      const row = await db.selectFrom('referral_notifications').select(['attempts', 'sent_at', 'last_error']).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ attempts: 2, sent_at: expect.any(Date), last_error: null });
    } finally {
      await app.close();
      await smtp.close();
    }

    // Without SMTP nothing is queued: no backlog of old news when a mail server is set up later.
    const plain = await createTestApp({ runJobs: false });
    try {
      const world = await newWorld(plain.database.db);
      await refer(plain, world, world.people.debtHelp.organisationId);
      expect(await plain.database.db.selectFrom('referral_notifications').selectAll().execute()).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

describe("the partner's home page", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ runJobs: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the new referrals to the person's organisation, without anything of the household, until they are answered", async () => {
    const db = t.database.db;
    const world = await newWorld(db);
    const referral = await refer(t, world, world.people.debtHelp.organisationId);
    const debtHelp = await clientFor(t.app, db, world.people.debtHelp.id);
    const home = await debtHelp.get('/api/me/new-referrals');
    expect(home.statusCode).toBe(200);
    expect(home.json()).toEqual({
      total: 1,
      items: [{ id: referral.id, projectId: world.projectId, projectName: expect.any(String), createdAt: expect.any(String) }],
    });
    for (const secret of ['Bakker', 'Spoorstraat', 'schulden', 'rekeningen']) expect(home.body).not.toContain(secret);
    // Not another partner's, not the team's, not someone of debt help outside the project.
    for (const other of [world.people.neighbourhoodTeam.id, world.people.worker.id, world.elsewhere.id])
      expect((await (await clientFor(t.app, db, other)).get('/api/me/new-referrals')).json()).toEqual({ total: 0, items: [] });
    // Answered: no longer new.
    const accepted = await debtHelp.post(`/api/projects/${world.projectId}/referral-inbox/${referral.id}/response`, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await debtHelp.get('/api/me/new-referrals')).json()).toEqual({ total: 0, items: [] });
  });
});
