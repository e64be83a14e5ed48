import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser, TEST_PASSWORD } from '../../test/factories.js';
import { TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

describe('changing my own password', () => {
  it('needs the current password, and ends my other sessions but not this one', async () => {
    const user = await newUser(t.database.db);
    const phone = new TestClient(t.app);
    const laptop = new TestClient(t.app);
    await phone.logIn(user.email, TEST_PASSWORD);
    await laptop.logIn(user.email, TEST_PASSWORD);

    const wrong = await laptop.put('/api/me/password', { currentPassword: 'niet het huidige', newPassword: 'een heel nieuw wachtwoord' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([{ path: 'currentPassword', message: 'Huidig wachtwoord: dit is niet je huidige wachtwoord.' }]);
    expect((await phone.get('/api/projects')).statusCode).toBe(200);

    const changed = await laptop.put('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'een heel nieuw wachtwoord' });
    expect(changed.statusCode).toBe(200);
    expect((await laptop.get('/api/projects')).statusCode).toBe(200);
    expect((await phone.get('/api/projects')).statusCode).toBe(401);
    expect((await new TestClient(t.app).logIn(user.email, TEST_PASSWORD)).statusCode).toBe(400);
    expect((await new TestClient(t.app).logIn(user.email, 'een heel nieuw wachtwoord')).statusCode).toBe(200);
    const events = (await laptop.get('/api/me/account-events')).json().entries.map((e: { action: string }) => e.action);
    expect(events).toEqual(['login', 'login_failed', 'password_changed', 'login', 'login']);
  });

  it('counts a wrong current password as a failed log-in, so an open session cannot guess it', async () => {
    const user = await newUser(t.database.db);
    const client = new TestClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    for (let i = 0; i < 5; i++) await client.put('/api/me/password', { currentPassword: `gok ${i}`, newPassword: 'een heel nieuw wachtwoord' });
    expect((await client.put('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'een heel nieuw wachtwoord' })).statusCode).toBe(429);
  });
});
