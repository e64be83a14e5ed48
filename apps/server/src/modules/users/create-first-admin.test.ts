import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.js';
import { newOrganisation } from '../../test/factories.js';
import { TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createFirstAdmin } from './create-first-admin.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('makes the first administrator, who logs in with the chosen password and is not asked to replace it', async () => {
  const db = t.database.db;
  const existing = await newOrganisation(db, { type: 'corporation' });
  const email = `Beheer-${Math.random().toString(36).slice(2)}@Example.nl`;
  const input = {
    email,
    name: 'Beheerder Eerste',
    organisation: existing.name,
    type: 'welfare' as const,
    passwordHash: await hashPassword('een lang eigen wachtwoord'),
  };
  expect(await createFirstAdmin(db, input)).toBe('created');

  const client = new TestClient(t.app);
  expect((await client.logIn(email.toLowerCase(), 'een lang eigen wachtwoord')).statusCode).toBe(200);
  const session = (await client.get('/api/auth/session')).json();
  expect(session.user).toMatchObject({ isAdmin: true, mustChangePassword: false, organisationId: existing.id });

  // The same address again, in other capitals: refused, and nothing else is made.
  const organisations = (await db.selectFrom('organisations').select('id').execute()).length;
  expect(await createFirstAdmin(db, { ...input, email: email.toUpperCase(), organisation: 'Nieuwe Organisatie' })).toBe('taken');
  expect((await db.selectFrom('organisations').select('id').execute()).length).toBe(organisations);
  const audit = await db
    .selectFrom('audit_log')
    .where('resource_type', '=', 'user')
    .where('action', '=', 'create')
    .where('actor_user_id', 'is', null)
    .select('details')
    .execute();
  expect(audit.map((a) => a.details)).toContainEqual({ via: 'cli', isAdmin: true });
});
