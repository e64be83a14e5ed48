import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newProject, newUser, TEST_PASSWORD } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function adminClient() {
  const admin = await newUser(t.database.db, { isAdmin: true });
  return { admin, client: await clientFor(t.app, t.database.db, admin.id) };
}

const account = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  displayName: 'Fatima Yilmaz',
  email: `fatima-${Math.random().toString(36).slice(2)}@example.nl`,
  phone: '06 1234 5678',
  organisationId,
  password: 'lang genoeg wachtwoord',
  ...overrides,
});

describe('user accounts', () => {
  it('creates an account that can log in, with a hashed password', async () => {
    const { client } = await adminClient();
    const org = await newOrganisation(t.database.db, { type: 'welfare' });
    const body = account(org.id);
    const response = await client.post('/api/users', body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ displayName: 'Fatima Yilmaz', organisationId: org.id, active: true });
    const stored = await t.database.db.selectFrom('users').where('email', '=', body.email).select('password_hash').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await new TestClient(t.app).logIn(body.email, body.password)).statusCode).toBe(200);
  });

  it('names the fields that are wrong: taken e-mail, short password, unknown organisation', async () => {
    const { client } = await adminClient();
    const existing = await newUser(t.database.db);
    const shortPassword = await client.post('/api/users', account(existing.organisationId, { password: 'kort' }));
    expect(shortPassword.json().fields).toEqual([{ path: 'password', message: 'Wachtwoord: een wachtwoord heeft minimaal 12 tekens.' }]);
    const taken = await client.post('/api/users', account('00000000-0000-4000-8000-000000000000', { email: existing.email.toUpperCase() }));
    expect(
      taken
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['email', 'organisationId']);
  });

  it('lets only corporation or welfare staff start projects', async () => {
    const { client } = await adminClient();
    const contractor = await newOrganisation(t.database.db, { type: 'contractor' });
    const response = await client.post('/api/users', account(contractor.id, { canCreateProjects: true }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('canCreateProjects');
  });

  it('ends open sessions when an account is switched off', async () => {
    const { client } = await adminClient();
    const user = await newUser(t.database.db);
    const userClient = new TestClient(t.app);
    await userClient.logIn(user.email, TEST_PASSWORD);
    expect((await userClient.get('/api/projects')).statusCode).toBe(200);
    const response = await client.put(`/api/users/${user.id}`, {
      displayName: user.displayName,
      email: user.email,
      organisationId: user.organisationId,
      active: false,
    });
    expect(response.statusCode).toBe(200);
    expect((await userClient.get('/api/projects')).statusCode).toBe(401);
  });

  it('does not let administrators lock themselves out', async () => {
    const { admin, client } = await adminClient();
    const response = await client.put(`/api/users/${admin.id}`, {
      displayName: admin.displayName,
      email: admin.email,
      organisationId: admin.organisationId,
      isAdmin: false,
      active: true,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('isAdmin');
  });

  it('does not move a project member to another organisation', async () => {
    const { client } = await adminClient();
    const org = await newOrganisation(t.database.db, { type: 'corporation' });
    const member = await newUser(t.database.db, { organisationId: org.id });
    await newProject(t.database.db, { members: [{ userId: member.id, organisationId: org.id, role: 'project_leader' }] });
    const other = await newOrganisation(t.database.db, { type: 'corporation' });
    const response = await client.put(`/api/users/${member.id}`, {
      displayName: member.displayName,
      email: member.email,
      organisationId: other.id,
      active: true,
    });
    expect(response.json().fields).toEqual([{ path: 'organisationId', message: expect.stringContaining('lid van projecten') }]);
  });

  it('audits reading the account list, which holds contact data', async () => {
    const { admin, client } = await adminClient();
    await client.get('/api/users');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .where('actor_user_id', '=', admin.id)
      .where('action', '=', 'read')
      .select('resource_type')
      .executeTakeFirst();
    expect(entry?.resource_type).toBe('user_contacts');
  });
});

describe('organisations', () => {
  it('creates, renames and deletes an unused organisation', async () => {
    const { client } = await adminClient();
    const created = await client.post('/api/organisations', { name: 'Formulierenbrigade Oost', type: 'care_partner' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await client.put(`/api/organisations/${id}`, { name: 'Formulierenbrigade Nijmegen', type: 'care_partner' })).json().name).toBe(
      'Formulierenbrigade Nijmegen',
    );
    expect((await client.delete(`/api/organisations/${id}`)).statusCode).toBe(200);
    expect((await client.delete(`/api/organisations/${id}`)).statusCode).toBe(404);
  });

  it('refuses a name that exists, in any case', async () => {
    const { client } = await adminClient();
    const org = await newOrganisation(t.database.db);
    const response = await client.post('/api/organisations', { name: org.name.toUpperCase(), type: 'welfare' });
    expect(response.json().fields).toEqual([{ path: 'name', message: 'Naam: deze naam is al in gebruik.' }]);
  });

  it('keeps an organisation that has users', async () => {
    const { client } = await adminClient();
    const user = await newUser(t.database.db);
    const response = await client.delete(`/api/organisations/${user.organisationId}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/kan niet worden verwijderd/);
  });

  it('refuses a type change that would put members in roles that no longer fit', async () => {
    const { client } = await adminClient();
    const org = await newOrganisation(t.database.db, { type: 'welfare', name: `Welzijn ${Math.random()}` });
    const worker = await newUser(t.database.db, { organisationId: org.id });
    await newProject(t.database.db, { members: [{ userId: worker.id, organisationId: org.id, role: 'community_worker' }] });
    const response = await client.put(`/api/organisations/${org.id}`, { name: org.name, type: 'contractor' });
    expect(response.json().fields[0].path).toBe('type');
  });
});
