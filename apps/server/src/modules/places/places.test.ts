import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rdToWgs84 } from '@thuis/domain';
import { multipartFile, newAddress, newHousehold, newPlace, newTeamProject } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const bench = {
  kind: 'bench',
  name: 'Bankje bij de speeltuin',
  meaning: 'Ouderen zitten hier in de middag, kinderen spelen ernaast.',
  forWhom: 'Ouderen en jonge ouders',
  notWelcome: 'Jongeren worden weggestuurd',
  activities: 'Koffie op dinsdag',
  changesAsked: 'Een tweede bank en een prullenbak',
  latitude: 51.8412,
  longitude: 5.8281,
};

async function team() {
  const world = await newTeamProject(t.database.db, {
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
    residents: { type: 'residents_group', role: 'resident_group' },
  });
  const clients = {} as Record<keyof typeof world.people, TestClient>;
  for (const [key, person] of Object.entries(world.people)) clients[key as keyof typeof world.people] = await clientFor(t.app, t.database.db, person.id);
  return { projectId: world.projectId, clients };
}

describe('meaningful places', () => {
  it('are written by the social team and read by the whole project, the resident group and contractor too', async () => {
    const { projectId, clients } = await team();
    const created = await clients.worker.post(`/api/projects/${projectId}/places`, bench);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;

    for (const reader of [clients.builder, clients.residents, clients.leader]) {
      const list = await reader.get(`/api/projects/${projectId}/places`);
      expect(list.statusCode).toBe(200);
      expect(list.json().places).toEqual([expect.objectContaining({ id, ...bench })]);
    }
    expect((await clients.residents.post(`/api/projects/${projectId}/places`, bench)).statusCode).toBe(404);
    expect((await clients.builder.put(`/api/projects/${projectId}/places/${id}`, bench)).statusCode).toBe(404);

    const updated = await clients.leader.put(`/api/projects/${projectId}/places/${id}`, { ...bench, kind: 'square', name: 'Pleintje' });
    expect(updated.json()).toMatchObject({ kind: 'square', name: 'Pleintje' });
    expect((await clients.worker.delete(`/api/projects/${projectId}/places/${id}`)).statusCode).toBe(200);
    expect((await clients.worker.get(`/api/projects/${projectId}/places`)).json().places).toEqual([]);
    const audit = await t.database.db.selectFrom('audit_log').where('resource_id', '=', id).select('action').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a text that names a resident in any field, and stores nothing', async () => {
    const { projectId, clients } = await team();
    const home = await newAddress(t.database.db, projectId, { street: 'Lankforst', houseNumber: 8 });
    await newHousehold(t.database.db, home.id, { name: 'Fam. Bakker' });
    const place = await newPlace(t.database.db, projectId, { name: 'Buurthuis' });
    for (const [field, text] of [
      ['name', 'Tuin van Bakker'],
      ['notWelcome', 'Mevrouw Bakker van Lankforst 8 komt hier niet meer'],
      ['changesAsked', 'Bel 06-12345678 over de bank'],
    ] as const) {
      const created = await clients.worker.post(`/api/projects/${projectId}/places`, { ...bench, [field]: text });
      expect(created.statusCode).toBe(400);
      expect(created.json().fields.map((f: { path: string }) => f.path)).toEqual([field]);
      const updated = await clients.worker.put(`/api/projects/${projectId}/places/${place.id}`, { ...bench, [field]: text });
      expect(updated.statusCode).toBe(400);
    }
    const stored = await t.database.db.selectFrom('meaningful_places').where('project_id', '=', projectId).select(['name', 'not_welcome']).execute();
    expect(stored).toEqual([{ name: 'Buurthuis', not_welcome: '' }]);
  });

  it('names the field of a bad kind or position', async () => {
    const { projectId, clients } = await team();
    const response = await clients.worker.post(`/api/projects/${projectId}/places`, { ...bench, kind: 'castle', latitude: 95 });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['kind', 'latitude']);
  });

  it('are kept apart per project', async () => {
    const one = await team();
    const other = await team();
    const place = await newPlace(t.database.db, one.projectId);
    expect((await other.clients.worker.get(`/api/projects/${one.projectId}/places`)).statusCode).toBe(404);
    expect((await other.clients.worker.put(`/api/projects/${other.projectId}/places/${place.id}`, bench)).statusCode).toBe(404);
    expect((await other.clients.worker.delete(`/api/projects/${other.projectId}/places/${place.id}`)).statusCode).toBe(404);
  });
});

describe('homes on the map', () => {
  it('shows homes with their positions to who may see addresses, and takes a position from a click', async () => {
    const { projectId, clients } = await team();
    const home = await newAddress(t.database.db, projectId, { street: 'Lankforst', houseNumber: 8 });
    expect((await clients.residents.get(`/api/projects/${projectId}/map/homes`)).statusCode).toBe(404);
    const before = (await clients.builder.get(`/api/projects/${projectId}/map/homes`)).json();
    expect(before).toMatchObject({ total: 1, withoutPosition: 1, homes: [{ id: home.id, houseNumber: 8, latitude: null, longitude: null }] });

    expect((await clients.worker.put(`/api/projects/${projectId}/addresses/${home.id}/position`, { latitude: 51.84, longitude: 5.83 })).statusCode).toBe(404);
    const outside = await clients.leader.put(`/api/projects/${projectId}/addresses/${home.id}/position`, { latitude: 48.85, longitude: 2.35 });
    expect(outside.statusCode).toBe(400);
    const placed = await clients.leader.put(`/api/projects/${projectId}/addresses/${home.id}/position`, { latitude: 51.84, longitude: 5.83 });
    expect(placed.json()).toMatchObject({ id: home.id, latitude: 51.84, longitude: 5.83 });
    expect((await clients.worker.get(`/api/projects/${projectId}/map/homes`)).json()).toMatchObject({
      withoutPosition: 0,
      homes: [{ latitude: 51.84, longitude: 5.83 }],
    });
  });

  it('pages the homes on the server', async () => {
    const { projectId, clients } = await team();
    for (let n = 1; n <= 3; n++) await newAddress(t.database.db, projectId, { street: 'Lankforst', houseNumber: n });
    const page = (await clients.worker.get(`/api/projects/${projectId}/map/homes?offset=1&limit=1`)).json();
    expect(page).toMatchObject({ total: 3, homes: [{ houseNumber: 2 }] });
  });
});

describe('importing homes with coordinates', () => {
  async function importCsv(client: TestClient, projectId: string, csv: string) {
    const { payload, headers } = multipartFile('adressen.csv', csv);
    const uploaded = await client.request({ method: 'POST', url: `/api/projects/${projectId}/imports`, payload, headers });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json();
    const url = `/api/projects/${projectId}/imports/${job.id}`;
    await client.put(`${url}/mapping`, { mapping: job.mapping });
    const checked = await waitFor(client, url, (j) => j.status === 'checked');
    return { job, url, checked };
  }
  async function waitFor(client: TestClient, url: string, done: (job: { status: string }) => boolean) {
    // Rows are read in a worker thread, which starts slowly on a busy machine.
    for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
      const job = (await client.get(url)).json();
      if (done(job)) return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`import did not finish: ${url}`);
  }

  it('converts RD x/y columns to positions and keeps a clicked position for a row without coordinates', async () => {
    const { projectId, clients } = await team();
    const csv = [
      'VHE;Straat;Huisnummer;Postcode;Plaats;X-coördinaat;Y-coördinaat',
      'V1;Lankforst;1;6538 AB;Nijmegen;186771,4;428553,7',
      'V2;Lankforst;2;6538 AB;Nijmegen;;',
    ].join('\n');
    const { job, url, checked } = await importCsv(clients.leader, projectId, csv);
    expect(job.mapping).toMatchObject({ rdX: 5, rdY: 6 });
    expect(checked.problemCount).toBe(0);
    expect((await clients.leader.post(`${url}/commit`)).statusCode).toBe(200);
    await waitFor(clients.leader, url, (j) => j.status === 'committed');

    const homes = (await clients.leader.get(`/api/projects/${projectId}/map/homes`)).json().homes as {
      id: string;
      houseNumber: number;
      latitude: number | null;
      longitude: number | null;
    }[];
    // The conversion itself is tested against known points in the domain.
    const expected = rdToWgs84(186771.4, 428553.7);
    expect(homes[0]).toMatchObject({ houseNumber: 1, latitude: expected.latitude, longitude: expected.longitude });
    expect(expected.latitude).toBeCloseTo(51.84, 1);
    expect(homes[1]).toMatchObject({ latitude: null, longitude: null });

    // A click puts the second home on the map; importing the file again leaves it there.
    await clients.leader.put(`/api/projects/${projectId}/addresses/${homes[1]!.id}/position`, { latitude: 51.84, longitude: 5.81 });
    const again = await importCsv(clients.leader, projectId, csv);
    await clients.leader.post(`${again.url}/commit`);
    await waitFor(clients.leader, again.url, (j) => j.status === 'committed');
    const after = (await clients.leader.get(`/api/projects/${projectId}/map/homes`)).json().homes;
    expect(after[1]).toMatchObject({ latitude: 51.84, longitude: 5.81 });
  }, 240_000);

  it('names the row and column of RD metres mapped as degrees, and imports nothing', async () => {
    const { projectId, clients } = await team();
    const csv = [
      'VHE;Straat;Huisnummer;Postcode;Plaats;lat;lon',
      'V1;Lankforst;1;6538 AB;Nijmegen;51.84;5.81',
      'V2;Lankforst;2;6538 AB;Nijmegen;186771;428553',
    ].join('\n');
    const { url, checked } = await importCsv(clients.leader, projectId, csv);
    expect(checked.problems).toEqual([expect.objectContaining({ row: 3, field: 'latitude', value: '186771' })]);
    expect((await clients.leader.post(`${url}/commit`)).statusCode).toBe(400);
    expect((await clients.leader.get(`/api/projects/${projectId}/map/homes`)).json().total).toBe(0);
  }, 120_000);
});
