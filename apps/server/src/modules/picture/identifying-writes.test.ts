import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

// Residents of the project, and its streets. "Bos" is also an ordinary word ("het bos").
const residents = ['Fam. Jansen', 'Mehmet Öztürk', 'Fatima el Amrani', 'Wilma Bakker-Hoogendoorn', 'Jan Bos'];
const streets = ['Spoorstraat', 'Sint Annastraat'];

async function newPictureProject() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
  for (const [i, name] of residents.entries())
    await newHousehold(db, (await newAddress(db, projectId, { street: streets[i % 2], houseNumber: 10 + i })).id, { name });
  const worker = await clientFor(t.app, db, people.worker.id);
  const english = await clientFor(t.app, db, people.worker.id, 'en');
  return { projectId, worker, english, base: `/api/projects/${projectId}/picture` };
}

/** Every text of the project that a quote, theme or note has put in the database. */
async function storedTexts(projectId: string) {
  const db = t.database.db;
  const [quotes, themes, sessions, notes] = await Promise.all([
    db.selectFrom('picture_quotes').where('project_id', '=', projectId).select('text').execute(),
    db.selectFrom('themes').where('project_id', '=', projectId).select(['name', 'description']).execute(),
    db.selectFrom('work_sessions').where('project_id', '=', projectId).select('notes').execute(),
    db.selectFrom('project_social_notes').where('project_id', '=', projectId).select('text').execute(),
  ]);
  return [...quotes.map((q) => q.text), ...themes.flatMap((x) => [x.name, x.description]), ...sessions.map((s) => s.notes), ...notes.map((n) => n.text)];
}

describe('free texts of the picture pass the identifying check at every write', () => {
  it('refuses a theme whose name or description names a resident, when added and when changed, and stores nothing', async () => {
    const { projectId, worker, english, base } = await newPictureProject();
    const added = await worker.post(`${base}/themes`, {
      name: 'Overlast bij de jansens',
      description: 'Zie NL20 INGB 0001 2345 67.',
      conditions: ['social_cohesion'],
      valence: 'concern',
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().fields).toEqual([
      { path: 'name', message: 'Naam: hierin staat iets waaraan iemand te herkennen is ("jansens"); schrijf het anders op.' },
      { path: 'description', message: 'Omschrijving: hierin staat iets waaraan iemand te herkennen is ("NL20 INGB 0001 2345 67"); schrijf het anders op.' },
    ]);
    expect(await storedTexts(projectId)).toEqual([]);

    const theme = (await worker.post(`${base}/themes`, { name: 'Overlast van buren', conditions: ['social_cohesion'], valence: 'concern' })).json();
    const changed = await english.put(`${base}/themes/${theme.id}`, {
      name: 'Overlast van buren',
      description: 'Vooral bij de Öztürks op spoorstraat 11.',
      conditions: ['social_cohesion'],
      valence: 'concern',
    });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().fields[0].path).toBe('description');
    expect(changed.json().fields[0].message).toContain('this contains something by which someone can be recognised ("Öztürks", "spoorstraat 11")');
    expect(await storedTexts(projectId)).toEqual(['Overlast van buren', '']);
  });

  it('refuses a quote that names a resident when it is added, not only at approval', async () => {
    const { projectId, worker, base } = await newPictureProject();
    const response = await worker.post(`${base}/quotes`, { category: 'person_obstacles', text: 'De amrani’s hiernaast zijn geboren 03-04-1956.' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ path: 'text', message: expect.stringContaining('("amrani’s", "geboren 03-04-1956")') }]);
    expect(await storedTexts(projectId)).toEqual([]);
    expect((await worker.post(`${base}/quotes`, { category: 'person_obstacles', text: 'We wandelen door het bos.' })).statusCode).toBe(201);
  });
});

describe('a stored quote, theme or note never contains a known name of the project', () => {
  const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  // The distinctive parts of the residents' names (four letters or more) and the streets.
  const names = ['Jansen', 'Öztürk', 'Mehmet', 'Fatima', 'Amrani', 'Wilma', 'Bakker-Hoogendoorn', 'Hoogendoorn'];
  const inflected = fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom('', 's', "'s", '’s', 'je', 'tje', 'tjes', 'en', 'e'),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toLowerCase(),
        (s) => s.toUpperCase(),
        (s) => strip(s),
        (s) => strip(s).toLowerCase(),
      ),
    )
    .map(([name, ending, spell]) => spell(name + ending));
  // A name that is also a word counts where it is written as a name.
  const weak = fc.constantFrom('buurman bos', 'mevrouw Bos', 'met Bos', 'jan bos', 'Jan Bos', "met Bos'");
  const street = fc
    .tuple(fc.constantFrom(...streets), fc.integer({ min: 1, max: 300 }), fc.boolean())
    .map(([s, n, lower]) => `${lower ? s.toLowerCase() : s} ${n}`);
  const word = fc.constantFrom('de', 'buurt', 'woont', 'graag', 'hiernaast', 'helpt', 'koffie', 'een', 'bij', 'thuis', 'zegt', 'vaak');
  const text = fc
    .tuple(fc.array(word, { maxLength: 6 }), fc.oneof(inflected, weak, street), fc.array(word, { maxLength: 6 }))
    .map(([before, name, after]) => [...before, name, ...after].join(' '));
  /** Each write a quote, theme or note can take. */
  const writes: ((client: TestClient, projectId: string, text: string, themeId: string) => Promise<{ statusCode: number }>)[] = [
    (c, p, x) => c.post(`/api/projects/${p}/picture/quotes`, { category: 'environment_obstacles', text: x }),
    (c, p, x) => c.post(`/api/projects/${p}/picture/themes`, { name: x.slice(0, 120), conditions: ['social_cohesion'], valence: 'concern' }),
    (c, p, x) =>
      c.post(`/api/projects/${p}/picture/themes`, { name: `Thema ${Math.random()}`, description: x, conditions: ['social_cohesion'], valence: 'concern' }),
    (c, p, x, themeId) =>
      c.put(`/api/projects/${p}/picture/themes/${themeId}`, { name: 'Vaste thema', description: x, conditions: ['social_cohesion'], valence: 'promising' }),
    (c, p, x) => c.post(`/api/projects/${p}/picture/work-sessions`, { heldOn: '2026-03-02', notes: x }),
    (c, p, x) => c.put(`/api/projects/${p}/social-notes`, { text: x }),
  ];

  it('is refused, in any case, inflection or spelling, on every write', async () => {
    const { projectId, worker, base } = await newPictureProject();
    const themeId = (await worker.post(`${base}/themes`, { name: 'Vaste thema', conditions: ['social_cohesion'], valence: 'promising' })).json().id as string;
    const known = [...names.map((n) => strip(n).toLowerCase()), 'bos'];
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 0, max: writes.length - 1 }), async (written, write) => {
        const response = await writes[write]!(worker, projectId, written, themeId);
        expect([400, 200, 201]).toContain(response.statusCode);
        // Whatever was accepted, nothing stored names a resident or a home.
        for (const stored of await storedTexts(projectId)) {
          const plain = strip(stored).toLowerCase();
          for (const name of known) expect(plain, stored).not.toMatch(new RegExp(`(?<![\\p{L}])${name}`, 'u'));
          for (const s of streets) expect(plain, stored).not.toMatch(new RegExp(`${s.toLowerCase()} \\d`));
        }
      }),
      { numRuns: 60 },
    );
  });
});
