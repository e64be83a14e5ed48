import { afterAll, beforeAll, expect, it } from 'vitest';
import { multipartFile, newAddress, newHousehold, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const header = 'Tijdstempel,Hoe tevreden bent u over de buurt?,Leeftijdsgroep,Gekozen kaarten,Persoon: belemmeringen,Samenvatting';
const ages = ['jonger dan 30', '30 tot 50', '50 tot 65', '65 tot 80', '80 of ouder'];
function exportRows(bad?: Record<number, string>) {
  const lines = [header];
  for (let i = 1; i <= 50; i++)
    lines.push(bad?.[i] ?? `${(i % 28) + 1}-3-2021 10:00,${(i % 10) + 1},${ages[i % 5]},"Erbij horen, Veiligheid",Komt weinig buiten,Tevreden bewoner nummer ${i % 3 ? 'twee' : 'drie'}`);
  return `${lines.join('\n')}\n`;
}

async function setUp() {
  const db = t.database.db;
  const welfare = await newOrganisation(db, { type: 'welfare' });
  const worker = await newUser(db, { organisationId: welfare.id });
  const project = await newProject(db, { members: [{ userId: worker.id, organisationId: welfare.id, role: 'project_leader' }] });
  const home = await newAddress(db, project.id, { street: 'Spoorstraat', houseNumber: 3 });
  await newHousehold(db, home.id, { name: 'Fam. Pietersen' });
  return { projectId: project.id, client: await clientFor(t.app, db, worker.id) };
}

async function upload(client: TestClient, projectId: string, csv: string) {
  const { payload, headers } = multipartFile('gesprekken.csv', csv);
  return (await client.request({ method: 'POST', url: `/api/projects/${projectId}/registration-imports`, payload, headers })).json();
}

it('imports a 50-row Google Forms export into a chosen form version, once', async () => {
  const { projectId, client } = await setUp();
  const job = await upload(client, projectId, exportRows());
  expect(job.rowCount).toBe(50);
  expect(job.suggestedMapping).toEqual({ '1': 'answer:neighbourhood_satisfaction', '2': 'answer:age_group', '3': 'cards', '4': 'open:person_obstacles', '5': 'summary' });
  const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, { formVersionId: job.formVersionId, mapping: job.suggestedMapping });
  expect(commit.json()).toEqual({ imported: 50, alreadyImported: 0 });
  const again = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, { formVersionId: job.formVersionId, mapping: job.suggestedMapping });
  expect(again.json()).toEqual({ imported: 0, alreadyImported: 50 });
  const rows = (await client.get(`/api/projects/${projectId}/registrations`)).json().registrations;
  expect(rows).toHaveLength(50);
  expect(rows[0]).toMatchObject({ formVersion: 1, content: { cards: ['belonging', 'safety'] } });
  expect(new Set(rows.map((r: { householdKey: string }) => r.householdKey)).size).toBe(50);
});

it('imports nothing when a row does not fit or names someone, and says which row and column', async () => {
  const { projectId, client } = await setUp();
  const job = await upload(client, projectId, exportRows({ 4: '4-3-2021,11,65 tot 80,Erbij horen,,Gewoon', 9: '9-3-2021,7,65 tot 80,Erbij horen,,Fam. Pietersen wil meedoen' }));
  const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, { formVersionId: job.formVersionId, mapping: job.suggestedMapping });
  expect(commit.statusCode).toBe(400);
  expect(commit.json().fields.map((f: { message: string }) => f.message)).toEqual([
    'Rij 5, Hoe tevreden bent u over de buurt?: kies een waarde van 1 tot en met 10.',
    'Rij 10, Geanonimiseerde samenvatting: hierin staat iets waaraan iemand te herkennen is ("Fam. Pietersen"); schrijf het anders op.',
  ]);
  expect((await client.get(`/api/projects/${projectId}/registrations`)).json().registrations).toEqual([]);
});
