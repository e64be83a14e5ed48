import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrganisation, newProject, newUser, projectInput } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { auditCount, createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function newLeader() {
  const corporation = await newOrganisation(t.database.db, { type: 'corporation' });
  const user = await newUser(t.database.db, { organisationId: corporation.id, canCreateProjects: true });
  const client = await clientFor(t.app, t.database.db, user.id);
  return { user, corporation, client };
}

describe('creating a project', () => {
  it('makes the creator its leader, their organisation a core partner, and adds the five phases', async () => {
    const { user, corporation, client } = await newLeader();
    const response = await client.post('/api/projects', projectInput({ name: 'Spoorbuurt' }));
    expect(response.statusCode).toBe(201);
    const project = response.json();
    expect(project).toMatchObject({ name: 'Spoorbuurt', myRole: 'project_leader', currentPhase: 'preparation' });
    expect(project.phases.map((p: { phase: string }) => p.phase)).toEqual([
      'preparation',
      'home_visits',
      'neighbourhood_picture',
      'social_connecting',
      'evaluation',
    ]);
    expect((await client.get(`/api/projects/${project.id}/partners`)).json().partners).toEqual([
      expect.objectContaining({ organisationId: corporation.id, part: 'core' }),
    ]);
    expect((await client.get(`/api/projects/${project.id}/team`)).json().members).toEqual([
      expect.objectContaining({ userId: user.id, role: 'project_leader' }),
    ]);
    expect((await client.get('/api/projects')).json().items.map((p: { id: string }) => p.id)).toContain(project.id);
  });

  it('names every wrong field in the reader’s language and stores nothing', async () => {
    const { client, user } = await newLeader();
    const before = await auditCount(t.database);
    const bad = { ...projectInput(), name: '  ', worksKinds: [], startsOn: '2026-02-30', endsOn: '2025-01-01' };
    const nl = await client.post('/api/projects', bad);
    expect(nl.statusCode).toBe(400);
    expect(
      nl
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['endsOn', 'name', 'startsOn', 'worksKinds']);
    expect(nl.json().fields.find((f: { path: string }) => f.path === 'name').message).toBe('Naam: vul dit veld in.');
    const en = await (await clientFor(t.app, t.database.db, user.id, 'en')).post('/api/projects', { ...projectInput(), endsOn: '2020-01-01' });
    expect(en.json().fields).toEqual([{ path: 'endsOn', message: 'End date: the end date is before the start date.' }]);
    expect(await auditCount(t.database)).toBe(before);
  });
});

describe('partners and team', () => {
  async function projectWithPartners() {
    const { client, corporation, user } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    const welfare = await newOrganisation(t.database.db, { type: 'welfare' });
    const contractor = await newOrganisation(t.database.db, { type: 'contractor' });
    const worker = await newUser(t.database.db, { organisationId: welfare.id });
    const builder = await newUser(t.database.db, { organisationId: contractor.id });
    const partners = [
      { organisationId: corporation.id, part: 'core' },
      { organisationId: welfare.id, part: 'core' },
      { organisationId: contractor.id, part: 'chain' },
    ];
    expect((await client.put(`/api/projects/${project.id}/partners`, { partners })).statusCode).toBe(200);
    return { client, project, user, welfare, contractor, worker, builder, partners };
  }

  it('builds a team of three from partner organisations', async () => {
    const { client, project, user, worker, builder } = await projectWithPartners();
    const candidates = (await client.get(`/api/projects/${project.id}/team/candidates`)).json().candidates;
    expect(candidates.map((c: { userId: string }) => c.userId)).toEqual(expect.arrayContaining([user.id, worker.id, builder.id]));
    const members = [
      { userId: user.id, role: 'project_leader' },
      { userId: worker.id, role: 'community_worker' },
      { userId: builder.id, role: 'site_manager' },
    ];
    const response = await client.put(`/api/projects/${project.id}/team`, { members });
    expect(response.statusCode).toBe(200);
    expect(response.json().members).toHaveLength(3);
    // Saving the same team again is idempotent.
    expect((await client.put(`/api/projects/${project.id}/team`, { members })).json().members).toHaveLength(3);
  });

  it('never puts a contractor in the social team, and says which row is wrong', async () => {
    const { client, project, user, builder } = await projectWithPartners();
    const response = await client.put(`/api/projects/${project.id}/team`, {
      members: [
        { userId: user.id, role: 'project_leader' },
        { userId: builder.id, role: 'community_worker' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'members.1.role', message: 'Rij 2, Rol: de rol "Opbouwwerker" past niet bij een organisatie van het type "Aannemer".' },
    ]);
    expect((await client.get(`/api/projects/${project.id}/team`)).json().members).toHaveLength(1);
  });

  it('refuses a member from an organisation that is not a partner', async () => {
    const { client, project, user } = await projectWithPartners();
    const stranger = await newUser(t.database.db, { organisationType: 'welfare' });
    const response = await client.put(`/api/projects/${project.id}/team`, {
      members: [
        { userId: user.id, role: 'project_leader' },
        { userId: stranger.id, role: 'community_worker' },
      ],
    });
    expect(response.json().fields).toEqual([{ path: 'members.1.userId', message: expect.stringContaining('partnerorganisatie') }]);
  });

  it('keeps at least one project leader', async () => {
    const { client, project, worker } = await projectWithPartners();
    const response = await client.put(`/api/projects/${project.id}/team`, { members: [{ userId: worker.id, role: 'community_worker' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('members');
  });

  it('does not drop a partner whose people are still in the team', async () => {
    const { client, project, user, worker, partners } = await projectWithPartners();
    await client.put(`/api/projects/${project.id}/team`, {
      members: [
        { userId: user.id, role: 'project_leader' },
        { userId: worker.id, role: 'community_worker' },
      ],
    });
    const withoutWelfare = partners.filter((p) => p.organisationId !== worker.organisationId);
    const response = await client.put(`/api/projects/${project.id}/partners`, { partners: withoutWelfare });
    expect(response.statusCode).toBe(400);
    expect((await client.get(`/api/projects/${project.id}/partners`)).json().partners).toHaveLength(3);
  });

  it('rejects the same organisation twice by row', async () => {
    const { client, project, partners } = await projectWithPartners();
    const response = await client.put(`/api/projects/${project.id}/partners`, { partners: [...partners, partners[0]] });
    expect(response.json().fields).toEqual([{ path: 'partners.3.organisationId', message: 'Rij 4, Organisatie: staat er al eerder in.' }]);
  });
});

describe('phases', () => {
  it('records dates and status and shows where the project stands', async () => {
    const { client } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    const done = { plannedStart: '2026-01-05', plannedEnd: '2026-03-31', actualStart: '2026-01-05', actualEnd: '2026-04-10', status: 'done' };
    await client.put(`/api/projects/${project.id}/phases/preparation`, done);
    const running = { plannedStart: '2026-04-01', plannedEnd: '2099-12-31', actualStart: '2026-04-13', actualEnd: null, status: 'in_progress' };
    const response = await client.put(`/api/projects/${project.id}/phases/home_visits`, running);
    expect(response.statusCode).toBe(200);
    expect(response.json().currentPhase).toBe('home_visits');
    expect(response.json().phases[0]).toEqual({ phase: 'preparation', ...done });
  });

  it('refuses a finished phase without an end date, naming the field', async () => {
    const { client } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    const response = await client.put(`/api/projects/${project.id}/phases/preparation`, {
      plannedStart: null,
      plannedEnd: null,
      actualStart: '2026-01-05',
      actualEnd: null,
      status: 'done',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ path: 'actualEnd', message: 'Werkelijke einddatum: een afgeronde fase heeft een werkelijke einddatum.' }]);
  });

  it('answers 404 for a phase that does not exist', async () => {
    const { client } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    const response = await client.put(`/api/projects/${project.id}/phases/phase_six`, {
      plannedStart: null,
      plannedEnd: null,
      actualStart: null,
      actualEnd: null,
      status: 'done',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('privacy', () => {
  it('answers 404 alike for a project that does not exist and one the caller may not see', async () => {
    const { client } = await newLeader();
    const stranger = await newLeader();
    const hidden = (await stranger.client.post('/api/projects', projectInput())).json();
    const missing = await client.get('/api/projects/00000000-0000-4000-8000-000000000000');
    const forbidden = await client.get(`/api/projects/${hidden.id}`);
    const malformed = await client.get('/api/projects/not-a-uuid');
    expect([missing.statusCode, forbidden.statusCode, malformed.statusCode]).toEqual([404, 404, 404]);
    expect(forbidden.body).toBe(missing.body);
  });

  it('audits every read of team contact data and of the social notes', async () => {
    const { client, user } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    await client.get(`/api/projects/${project.id}/team/contacts`);
    await client.put(`/api/projects/${project.id}/social-notes`, { text: 'Gebouw C: veel ouderen.' });
    await client.get(`/api/projects/${project.id}/social-notes`);
    const entries = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', project.id)
      .where('actor_user_id', '=', user.id)
      .select(['action', 'resource_type as resourceType', 'details'])
      .orderBy('id')
      .execute();
    expect(entries.map((e) => `${e.action} ${e.resourceType}`)).toEqual(['create project', 'read team_contacts', 'update social_notes', 'read social_notes']);
    // The log says that the notes changed, never what they say.
    expect(JSON.stringify(entries)).not.toContain('ouderen');
  });

  it('keeps the audit log append-only', async () => {
    const { client } = await newLeader();
    await client.post('/api/projects', projectInput());
    await expect(sql`update audit_log set action = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('does not show a project to an administrator who is not in its team', async () => {
    const { client } = await newLeader();
    const project = (await client.post('/api/projects', projectInput())).json();
    const admin = await newUser(t.database.db, { isAdmin: true });
    const adminClient = await clientFor(t.app, t.database.db, admin.id);
    expect((await adminClient.get('/api/projects')).json().items).toEqual([]);
    expect((await adminClient.get(`/api/projects/${project.id}`)).statusCode).toBe(404);
  });

  it('lists only the projects a user is a member of', async () => {
    const a = await newLeader();
    const b = await newLeader();
    await newProject(t.database.db, { members: [{ userId: b.user.id, organisationId: b.corporation.id, role: 'project_leader' }] });
    const mine = (await a.client.post('/api/projects', projectInput())).json();
    expect((await a.client.get('/api/projects')).json().items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
  });

  it('pages a policy viewer through many projects with only the listed fields, searching by name', async () => {
    const db = t.database.db;
    const policy = await newOrganisation(db, { type: 'municipality' });
    const viewer = await newUser(db, { organisationId: policy.id });
    const names = ['Lankforst', 'Meijhorst', 'Lankforst-Zuid', 'Hatert 100%', 'Hatert', 'Brakkenstein', 'Aldenhof'];
    for (const [i, name] of names.entries())
      await newProject(db, {
        members: [{ userId: viewer.id, organisationId: policy.id, role: 'policy_viewer' }],
        input: { name, startsOn: i < 3 ? '2026-03-01' : '2025-09-01' },
      });
    await newProject(db, { input: { name: 'Lankforst elders' } });
    const client = await clientFor(t.app, db, viewer.id);
    const seen: { id: string; name: string; startsOn: string }[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.get(`/api/projects?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().total).toBe(7);
      seen.push(...page.json().items);
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen.map((p) => p.name)).toEqual(['Lankforst', 'Lankforst-Zuid', 'Meijhorst', 'Aldenhof', 'Brakkenstein', 'Hatert', 'Hatert 100%']);
    expect(Object.keys(seen[0]!).sort()).toEqual(['currentPhase', 'endsOn', 'id', 'municipality', 'myRole', 'name', 'neighbourhood', 'startsOn']);

    const found = await client.get(`/api/projects?search=${encodeURIComponent('lankforst')}`);
    expect(found.json().items.map((p: { name: string }) => p.name)).toEqual(['Lankforst', 'Lankforst-Zuid']);
    const literal = await client.get(`/api/projects?search=${encodeURIComponent('100%')}`);
    expect(literal.json().items.map((p: { name: string }) => p.name)).toEqual(['Hatert 100%']);
    const bad = await client.get('/api/projects?cursor=%%%');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['cursor']);
  });
});
