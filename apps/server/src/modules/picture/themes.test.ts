import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

/** A project with `count` registrations, each with a person/obstacles text, alternating age groups. */
async function newCodingWorld(count: number) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
  });
  const worker = await clientFor(t.app, db, people.worker.id);
  const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
  for (let i = 0; i < count; i++) {
    const home = await newAddress(db, projectId);
    await newHousehold(db, home.id);
    const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
    const content = {
      answers: { age_group: i % 2 ? '65_79' : '30_49', household_type: 'single' },
      openText: { person_obstacles: `Uitspraak ${i + 1} over de buurt.` },
    };
    expect(
      (await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, { formVersionId: form.id, visitId: visit.id, content })).statusCode,
    ).toBe(200);
  }
  // In the order they were made: the number in the statement says which one it is.
  const rows = await db.selectFrom('registrations').where('project_id', '=', projectId).select(['id', 'content']).execute();
  const numberOf = (r: (typeof rows)[number]) => Number(/\d+/.exec(r.content.openText.person_obstacles ?? '')![0]);
  const registrationIds = rows.sort((a, b) => numberOf(a) - numberOf(b)).map((r) => r.id);
  return { projectId, people, worker, registrationIds };
}

describe('work sessions: themes and coding', () => {
  it('codes ten statements into three themes, counts them and who says them, and keeps the top 5 lists', async () => {
    const { projectId, people, worker, registrationIds } = await newCodingWorld(10);
    const base = `/api/projects/${projectId}/picture`;
    const newTheme = async (name: string, conditions: string[], valence: string) => {
      const response = await worker.post(`${base}/themes`, { name, description: '', conditions, valence });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const lonely = await newTheme('Eenzaamheid onder ouderen', ['social_cohesion', 'social_inclusion'], 'concern');
    const garden = await newTheme('De binnentuin als ontmoetingsplek', ['social_cohesion'], 'promising');
    const money = await newTheme('Zorgen over de vaste lasten', ['socio_economic_security'], 'concern');
    expect(
      (await worker.post(`${base}/themes`, { name: 'eenzaamheid onder ouderen', conditions: ['social_cohesion'], valence: 'concern' })).json().fields[0].path,
    ).toBe('name');

    const code = (i: number, themeIds: string[], unique = false) =>
      worker.put(`${base}/codings`, { registrationId: registrationIds[i], category: 'person_obstacles', themeIds, unique });
    for (let i = 0; i < 10; i++) expect((await code(i, i < 5 ? [lonely] : i < 8 ? [garden] : [money, lonely], i === 9)).statusCode).toBe(200);
    // Coding a statement again replaces its themes: a retry counts once.
    await code(0, [lonely]);

    const board = (await worker.get(`${base}/themes`)).json();
    const byName = (name: string) => board.themes.find((x: { name: string }) => x.name === name);
    expect(byName('Eenzaamheid onder ouderen')).toMatchObject({
      statements: 7,
      households: 7,
      breakdowns: { age_group: { '30_49': 4, '65_79': 3 }, household_type: { single: 7 } },
    });
    expect(byName('De binnentuin als ontmoetingsplek')).toMatchObject({ households: 3, conditions: ['social_cohesion'] });
    expect(board.proposals).toEqual({ promising: [garden], concern: [lonely, money] });
    expect((await worker.get(`${base}/codings`)).json().codings.filter((c: { unique: boolean }) => c.unique)).toHaveLength(1);

    expect((await worker.put(`${base}/top-lists/concern`, { themeIds: [money, lonely] })).json()).toEqual({ promising: [], concern: [money, lonely] });
    const wrongKind = await worker.put(`${base}/top-lists/concern`, { themeIds: [garden] });
    expect(wrongKind.json().fields[0].path).toBe('themeIds.0');
    expect((await worker.put(`${base}/top-lists/concern`, { themeIds: Array.from({ length: 6 }, () => money) })).statusCode).toBe(400);

    // Removing a theme takes it out of codings and top lists.
    expect((await worker.delete(`${base}/themes/${money}`)).statusCode).toBe(200);
    const after = (await worker.get(`${base}/themes`)).json();
    expect(after.topLists.concern).toEqual([lonely]);
    expect(after.themes.find((x: { id: string }) => x.id === lonely).statements).toBe(7);

    // A concern that turns out promising leaves the top 5 of concerns; it can join the other list.
    const lonelyTheme = after.themes.find((x: { id: string }) => x.id === lonely);
    const changed = await worker.put(`${base}/themes/${lonely}`, {
      name: lonelyTheme.name,
      description: lonelyTheme.description,
      conditions: lonelyTheme.conditions,
      valence: 'promising',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await worker.get(`${base}/themes`)).json().topLists).toEqual({ promising: [], concern: [] });
    expect((await worker.put(`${base}/top-lists/promising`, { themeIds: [lonely, garden] })).json()).toEqual({ promising: [lonely, garden], concern: [] });

    // Nothing to code where there is no statement; unknown themes are named.
    expect(
      (await worker.put(`${base}/codings`, { registrationId: registrationIds[0], category: 'environment_obstacles', themeIds: [lonely] })).json().fields[0]
        .path,
    ).toBe('registrationId');
    expect((await code(1, [randomUUID()])).json().fields[0].path).toBe('themeIds.0');
    // The contractor has no part in it.
    expect((await (await clientFor(t.app, t.database.db, people.builder.id)).get(`${base}/themes`)).statusCode).toBe(404);
  });

  it('keeps session notes, refusing ones that name a resident', async () => {
    const { projectId, worker } = await newCodingWorld(0);
    const home = await newAddress(t.database.db, projectId, { street: 'Lankforst' });
    await newHousehold(t.database.db, home.id, { name: 'Fam. Bakker' });
    const base = `/api/projects/${projectId}/picture/work-sessions`;
    expect((await worker.post(base, { heldOn: '2026-11-20', notes: 'Fam. Bakker aan de Lankforst vertelde veel.' })).json().fields[0].path).toBe('notes');
    const saved = await worker.post(base, { heldOn: '2026-11-20', notes: 'Eenzaamheid komt vaak terug; de binnentuin is een kans.' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().sessions).toEqual([
      expect.objectContaining({ heldOn: '2026-11-20', notes: 'Eenzaamheid komt vaak terug; de binnentuin is een kans.' }),
    ]);
  });

  it('records rounds of conversation about the picture with outcomes that keep their own id and themes', async () => {
    const { projectId, worker } = await newCodingWorld(0);
    const home = await newAddress(t.database.db, projectId, { street: 'Lankforst' });
    await newHousehold(t.database.db, home.id, { name: 'Fam. Bakker' });
    const base = `/api/projects/${projectId}/picture`;
    const theme = (await worker.post(`${base}/themes`, { name: 'Ontmoeten', conditions: ['social_cohesion'], valence: 'promising' })).json().id;
    const named = await worker.post(`${base}/conversations`, {
      heldOn: '2026-11-25',
      withWhom: 'Bewonersprojectgroep',
      outcomes: [{ text: 'Fam. Bakker wil een buurtfeest.', themeIds: [theme] }],
    });
    expect(named.json().fields.map((f: { path: string }) => f.path)).toEqual(['outcomes.0.text']);
    expect((await worker.post(`${base}/conversations`, { heldOn: '2026-11-25', withWhom: 'Bewonersprojectgroep', outcomes: [] })).json().fields[0].path).toBe(
      'outcomes',
    );
    const saved = await worker.post(`${base}/conversations`, {
      heldOn: '2026-11-25',
      withWhom: 'Bewonersprojectgroep',
      participants: 9,
      outcomes: [{ text: 'Een buurtfeest na de renovatie.', themeIds: [theme] }, { text: 'De binnentuin samen opknappen.' }],
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const [round] = saved.json().conversations;
    expect(round).toMatchObject({ heldOn: '2026-11-25', withWhom: 'Bewonersprojectgroep', participants: 9 });
    expect(round.outcomes.map((o: { text: string; themeIds: string[] }) => [o.text, o.themeIds])).toEqual([
      ['Een buurtfeest na de renovatie.', [theme]],
      ['De binnentuin samen opknappen.', []],
    ]);
    expect(round.outcomes.every((o: { id: string }) => /^[0-9a-f-]{36}$/.test(o.id))).toBe(true);
  });
});
