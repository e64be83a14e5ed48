import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser, TEST_PASSWORD } from '../../test/factories.js';
import { TestClient } from '../../test/http-client.js';
import { auditCount, createTestApp, type TestApp } from '../../test/test-app.js';
import { MAX_FAILURES_PER_ACCOUNT } from './log-in.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('log in and out', () => {
  it('opens a session in an HttpOnly, SameSite cookie and logs the log-in', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    const response = await client.logIn(user.email, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(user.email);
    const cookie = String(response.headers['set-cookie'])
      .split(/,(?=\s*\w+=)/)
      .find((c) => c.includes('thuis_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/projects')).statusCode).toBe(200);
    const audit = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', user.id).select('action').execute();
    expect(audit.map((a) => a.action)).toContain('login');
  });

  it('stores only a hash of the session token', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    const response = await client.logIn(user.email, TEST_PASSWORD);
    const token = response.cookies.find((c) => c.name === 'thuis_session')!.value;
    const stored = await t.database.db.selectFrom('sessions').where('user_id', '=', user.id).select('id').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(token);
  });

  it('accepts the e-mail address in any case', async () => {
    const user = await newUser(t.database.db);
    const response = await new TestClient(t.app).logIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong password with a translated message naming the field', async () => {
    const user = await newUser(t.database.db);
    const nl = await new TestClient(t.app, 'nl').logIn(user.email, 'not the password');
    expect(nl.statusCode).toBe(400);
    expect(nl.json().fields).toEqual([{ path: 'password', message: expect.stringMatching(/^Wachtwoord: Dit e-mailadres/) }]);
    const en = await new TestClient(t.app, 'en').logIn(user.email, 'not the password');
    expect(en.json().fields[0].message).toMatch(/^Password: This e-mail address/);
  });

  it('refuses an account that is switched off', async () => {
    const user = await newUser(t.database.db, { active: false });
    expect((await new TestClient(t.app).logIn(user.email, TEST_PASSWORD)).statusCode).toBe(400);
  });

  it('throttles an account after repeated failures, even with the right password then', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect((await client.logIn(user.email, 'wrong one')).statusCode).toBe(400);
    const blocked = await client.logIn(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().message).toMatch(/Te veel mislukte pogingen/);
  });

  it('ends the session on log-out', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/projects')).statusCode).toBe(401);
    expect(await t.database.db.selectFrom('sessions').where('user_id', '=', user.id).select('id').execute()).toEqual([]);
  });

  it('treats an expired session as logged out', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: sql`now() - interval '1 minute'` })
      .where('user_id', '=', user.id)
      .execute();
    expect((await client.get('/api/projects')).statusCode).toBe(401);
    expect((await client.get('/api/auth/session')).json().user).toBeNull();
  });
});

describe('CSRF protection', () => {
  it('refuses a change without the token and changes nothing', async () => {
    const user = await newUser(t.database.db, { isAdmin: true });
    const client = new TestClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const before = await auditCount(t.database);
    const response = await client.request({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Zonder token', type: 'welfare' },
      withCsrf: false,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('csrf');
    expect(await auditCount(t.database)).toBe(before);
    expect(await t.database.db.selectFrom('organisations').where('name', '=', 'Zonder token').select('id').execute()).toEqual([]);
  });

  it('refuses a token that does not belong to the browser', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const response = await client.request({
      method: 'PUT',
      url: '/api/me/locale',
      payload: { locale: 'en' },
      withCsrf: false,
      headers: { 'x-csrf-token': 'forged-token' },
    });
    expect(response.statusCode).toBe(403);
  });
});
