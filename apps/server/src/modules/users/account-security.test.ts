import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createAccess } from '../../platform/access/access.js';
import { createSmtpMailer } from '../../platform/mail/mailer.js';
import { newOrganisation, newTeamProject, newUser, TEST_PASSWORD } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { capturingSmtp } from '../../test/capturing-smtp.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { resetPassword } from './reset-password.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

const NEW_PASSWORD = 'een heel nieuw wachtwoord';

async function admin() {
  const user = await newUser(t.database.db, { isAdmin: true, name: `Beheerder ${Math.random().toString(36).slice(2)}` });
  return { user, client: await clientFor(t.app, t.database.db, user.id) };
}

async function loggedIn(email: string) {
  const client = new TestClient(t.app);
  expect((await client.logIn(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

/** The secret of a link as the web app reads it: after the '#'. */
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

describe("an administrator's password reset", () => {
  it('gives the administrator no password and no way in, and ends every session of the user', async () => {
    const { client: adminClient } = await admin();
    const user = await newUser(t.database.db);
    const userClient = await loggedIn(user.email);
    const response = await adminClient.post(`/api/users/${user.id}/password-reset`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // Without SMTP the administrator gets a one-time link to hand over, and nothing else.
    expect(body).toEqual({ delivery: 'link', link: expect.stringMatching(/^http.*\/new-password#[\w-]{40,}$/), expiresAt: expect.any(String) });
    expect((await userClient.get('/api/projects')).statusCode).toBe(401);
    // The old password stops working; the link's secret is stored only as a hash.
    expect((await new TestClient(t.app).logIn(user.email, TEST_PASSWORD)).statusCode).toBe(400);
    const stored = await t.database.db.selectFrom('password_reset_tokens').where('user_id', '=', user.id).select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(tokenOf(body.link));
    // Nor can the administrator set a password through the account form any more.
    const update = await adminClient.put(`/api/users/${user.id}`, {
      displayName: user.displayName,
      email: user.email,
      organisationId: user.organisationId,
      active: true,
      password: 'door de beheerder gekozen',
    });
    expect(update.statusCode).toBe(200);
    expect((await new TestClient(t.app).logIn(user.email, 'door de beheerder gekozen')).statusCode).toBe(400);
  });

  it('gives a link that works once, and only before it expires; every failure answers the same', async () => {
    const { client: adminClient } = await admin();
    const user = await newUser(t.database.db);
    const link = (await adminClient.post(`/api/users/${user.id}/password-reset`)).json().link as string;
    const anonymous = new TestClient(t.app);
    expect((await anonymous.post('/api/auth/password-reset', { token: tokenOf(link), password: NEW_PASSWORD })).statusCode).toBe(200);
    const session = await new TestClient(t.app).logIn(user.email, NEW_PASSWORD);
    expect(session.statusCode).toBe(200);
    expect(session.json().user.mustChangePassword).toBe(false);

    const used = await anonymous.post('/api/auth/password-reset', { token: tokenOf(link), password: 'nog een ander wachtwoord' });
    expect(used.statusCode).toBe(400);
    expect(used.json().message).toMatch(/^Deze link werkt niet/);
    expect(used.json().fields).toEqual([{ path: 'token', message: expect.stringMatching(/^Link: Deze link werkt niet/) }]);
    expect((await new TestClient(t.app).logIn(user.email, 'nog een ander wachtwoord')).statusCode).toBe(400);

    const expiring = (await adminClient.post(`/api/users/${user.id}/password-reset`)).json().link as string;
    await t.database.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    const expired = await anonymous.post('/api/auth/password-reset', { token: tokenOf(expiring), password: NEW_PASSWORD });
    const unknown = await anonymous.post('/api/auth/password-reset', { token: 'geen-echte-link', password: NEW_PASSWORD });
    expect(expired.statusCode).toBe(400);
    expect(expired.body).toBe(used.body);
    expect(unknown.body).toBe(used.body);
    // Like a log-in, a change without the CSRF token is refused before anything is looked at.
    const withoutCsrf = await new TestClient(t.app).request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: 'x', password: NEW_PASSWORD },
      withCsrf: false,
    });
    expect(withoutCsrf.statusCode).toBe(403);
  });

  it('e-mails the link to the user in their language when SMTP is set up, and the administrator never sees it', async () => {
    const smtp = await capturingSmtp();
    const received = smtp.received;
    try {
      const config = loadConfig({ SMTP_URL: smtp.url, APP_URL: 'https://thuis.example.nl' });
      const db = t.database.db;
      const ctx = { db, config, access: createAccess(db), mailer: createSmtpMailer(config.smtpUrl!, config.mailFrom) };
      const { user: adminUser } = await admin();
      const user = await newUser(db);
      await db.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
      const answer = await resetPassword(ctx, {
        actor: { userId: adminUser.id, organisationId: adminUser.organisationId, isAdmin: true, canCreateProjects: false },
        id: user.id,
      });
      expect(answer).toEqual({ delivery: 'email', link: null, expiresAt: expect.any(String) });
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual([user.email]);
      const text = received[0]!.raw.replace(/=\r?\n/g, '');
      expect(text).toContain('choose a new password');
      expect(text).toContain(adminUser.displayName);
      const link = text.match(/https:\/\/thuis\.example\.nl\/new-password#[\w-]+/)![0];
      expect((await new TestClient(t.app).post('/api/auth/password-reset', { token: tokenOf(link), password: NEW_PASSWORD })).statusCode).toBe(200);
    } finally {
      await smtp.close();
    }
  });
});

describe('a password an administrator chose', () => {
  it('must be replaced at first log-in: until then the session can do nothing else', async () => {
    const { client: adminClient } = await admin();
    const org = await newOrganisation(t.database.db, { type: 'welfare' });
    const email = `nieuw-${Math.random().toString(36).slice(2)}@example.nl`;
    const chosen = 'door de beheerder gekozen';
    expect((await adminClient.post('/api/users', { displayName: 'Nieuwe Collega', email, organisationId: org.id, password: chosen })).statusCode).toBe(201);
    const client = new TestClient(t.app);
    const login = await client.logIn(email, chosen);
    expect(login.json().user.mustChangePassword).toBe(true);
    const refused = await client.get('/api/projects');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'password_change_required', message: 'Kies eerst een nieuw wachtwoord.' });
    expect((await client.get('/api/me/account-events')).statusCode).toBe(403);
    expect((await client.post('/api/me/calendar-feed')).statusCode).toBe(403);
    expect((await client.get('/api/auth/session')).json().user.mustChangePassword).toBe(true);

    expect((await client.put('/api/me/password', { currentPassword: chosen, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await client.get('/api/projects')).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).json().user.mustChangePassword).toBe(false);
  });
});

describe('account events', () => {
  async function world() {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, {
      leader: { type: 'corporation', role: 'project_leader' },
      member: { type: 'welfare', role: 'community_worker' },
      consultant: { type: 'corporation', role: 'housing_consultant' },
    });
    const other = await newTeamProject(db, { leader: { type: 'corporation', role: 'project_leader' } });
    return { projectId, people, otherProjectId: other.projectId, otherLeader: other.people.leader };
  }

  it("are visible to the administrator and to the leader of the member's project, not to another leader or a team member", async () => {
    const w = await world();
    const { user: adminUser, client: adminClient } = await admin();
    const member = w.people.member;
    await loggedIn(member.email);
    await new TestClient(t.app).logIn(member.email, 'niet het wachtwoord');
    await adminClient.post(`/api/users/${member.id}/password-reset`);
    await adminClient.put(`/api/users/${member.id}`, { displayName: member.name, email: member.email, organisationId: member.organisationId, active: false });
    await adminClient.put(`/api/users/${member.id}`, { displayName: member.name, email: member.email, organisationId: member.organisationId, active: true });

    const expected = ['reactivated', 'deactivated', 'password_reset', 'login_failed', 'login'];
    const forAdmin = (await adminClient.get(`/api/account-events?userId=${member.id}`)).json();
    expect(forAdmin.entries.map((e: { action: string }) => e.action)).toEqual(expected);
    expect(forAdmin.entries[2]).toMatchObject({ actorName: adminUser.displayName, subjectName: member.name, resourceType: 'account' });

    const leader = await clientFor(t.app, t.database.db, w.people.leader.id);
    const log = (await leader.get(`/api/projects/${w.projectId}/audit?resourceType=account`)).json();
    expect(log.entries.filter((e: { resourceId: string }) => e.resourceId === member.id).map((e: { action: string }) => e.action)).toEqual(expected);
    expect(log.entries.find((e: { action: string }) => e.action === 'password_reset')).toMatchObject({
      actorName: adminUser.displayName,
      subjectName: member.name,
    });

    const otherLeader = await clientFor(t.app, t.database.db, w.otherLeader.id);
    const otherLog = (await otherLeader.get(`/api/projects/${w.otherProjectId}/audit`)).json();
    expect(JSON.stringify(otherLog)).not.toContain(member.id);
    expect((await otherLeader.get(`/api/projects/${w.projectId}/audit`)).statusCode).toBe(404);
    const consultant = await clientFor(t.app, t.database.db, w.people.consultant.id);
    expect((await consultant.get(`/api/projects/${w.projectId}/audit`)).statusCode).toBe(404);
    expect((await consultant.get(`/api/account-events?userId=${member.id}`)).statusCode).toBe(404);
  });

  it('show the user their own reset: who did it and when', async () => {
    const { user: adminUser, client: adminClient } = await admin();
    const user = await newUser(t.database.db);
    await adminClient.post(`/api/users/${user.id}/password-reset`);
    await t.database.db
      .updateTable('users')
      .set({
        password_hash: (await t.database.db.selectFrom('users').where('id', '=', adminUser.id).select('password_hash').executeTakeFirstOrThrow()).password_hash,
      })
      .where('id', '=', user.id)
      .execute();
    const own = (await (await loggedIn(user.email)).get('/api/me/account-events')).json();
    expect(own.entries.map((e: { action: string }) => e.action)).toEqual(['login', 'password_reset']);
    expect(own.entries[1]).toMatchObject({ actorName: adminUser.displayName, at: expect.any(String) });
  });

  it('record a failed log-in on an unknown address without an account, for the administrator only, answering as for a wrong password', async () => {
    const user = await newUser(t.database.db);
    const nobody = `niemand-${Math.random().toString(36).slice(2)}@example.nl`;
    const unknown = await new TestClient(t.app).logIn(nobody, 'een wachtwoord');
    const wrong = await new TestClient(t.app).logIn(user.email, 'een wachtwoord');
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
    const row = await t.database.db
      .selectFrom('audit_log')
      .where('action', '=', 'login_failed')
      .where(sql`details->>'email'`, '=', nobody)
      .select(['resource_id', 'actor_user_id', 'project_id'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ resource_id: null, actor_user_id: null, project_id: null });
    const { client: adminClient } = await admin();
    const all = (await adminClient.get('/api/account-events?limit=500')).json();
    expect(all.entries.some((e: { details: { email?: string } }) => e.details.email === nobody)).toBe(true);
  });

  it('are paged on the server', async () => {
    const { client: adminClient } = await admin();
    const user = await newUser(t.database.db);
    for (let i = 0; i < 3; i++) await loggedIn(user.email);
    const first = (await adminClient.get(`/api/account-events?userId=${user.id}&limit=2`)).json();
    expect(first.entries).toHaveLength(2);
    expect(first.more).toBe(true);
    const rest = (await adminClient.get(`/api/account-events?userId=${user.id}&limit=2&before=${first.entries[1].id}`)).json();
    expect(rest.entries).toHaveLength(1);
    expect(rest.more).toBe(false);
  });
});

describe('switching an account off', () => {
  it('ends its calendar feed (404 like an unknown feed) and its sessions', async () => {
    const { client: adminClient } = await admin();
    const user = await newUser(t.database.db);
    const client = await loggedIn(user.email);
    const feed = (await client.post('/api/me/calendar-feed')).json().url as string;
    expect((await new TestClient(t.app).get(feed)).statusCode).toBe(200);
    const off = await adminClient.put(`/api/users/${user.id}`, {
      displayName: user.displayName,
      email: user.email,
      organisationId: user.organisationId,
      active: false,
    });
    expect(off.statusCode).toBe(200);
    const gone = await new TestClient(t.app).get(feed);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe((await new TestClient(t.app).get('/api/calendar/onbekend.ics')).body);
    expect((await client.get('/api/projects')).statusCode).toBe(401);
    // Switched on again, the old feed address stays dead: a new one must be made.
    await adminClient.put(`/api/users/${user.id}`, { displayName: user.displayName, email: user.email, organisationId: user.organisationId, active: true });
    expect((await new TestClient(t.app).get(feed)).statusCode).toBe(404);
  });
});
