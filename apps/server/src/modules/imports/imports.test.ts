import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile, newBuilding, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const header = 'VHE-nummer;Straat;Huisnummer;Toevoeging;Postcode;Plaats;Complex;Woningtype';
function csvRows(count: number, overrides: Record<number, string> = {}) {
  const lines = [header];
  for (let i = 1; i <= count; i++)
    lines.push(overrides[i] ?? `VHE-${i};Lankforst;${i};;6538 ${i % 2 ? 'AB' : 'AC'};Nijmegen;${i <= count / 2 ? 'A' : 'B'};maisonnette`);
  return `${lines.join('\n')}\n`;
}

async function leaderWithProject() {
  const corporation = await newOrganisation(t.database.db, { type: 'corporation' });
  const leader = await newUser(t.database.db, { organisationId: corporation.id });
  const project = await newProject(t.database.db, { members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }] });
  await newBuilding(t.database.db, project.id, 'A');
  await newBuilding(t.database.db, project.id, 'B');
  return { client: await clientFor(t.app, t.database.db, leader.id), projectId: project.id };
}

async function waitFor(client: TestClient, url: string, done: (job: { status: string }) => boolean) {
  for (let i = 0; i < 200; i++) {
    const job = (await client.get(url)).json();
    if (done(job)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import did not finish: ${url}`);
}

async function upload(client: TestClient, projectId: string, fileName: string, content: Buffer | string) {
  const { payload, headers } = multipartFile(fileName, content);
  return client.request({ method: 'POST', url: `/api/projects/${projectId}/imports`, payload, headers });
}

async function checkAndCommit(client: TestClient, projectId: string, fileName: string, content: Buffer | string) {
  const uploaded = await upload(client, projectId, fileName, content);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const job = uploaded.json();
  const url = `/api/projects/${projectId}/imports/${job.id}`;
  await client.put(`${url}/mapping`, { mapping: job.mapping });
  const checked = await waitFor(client, url, (j) => j.status === 'checked');
  return { job, url, checked };
}

describe('importing homes', () => {
  it('suggests the mapping from the headers and shows a sample', async () => {
    const { client, projectId } = await leaderWithProject();
    const job = (await upload(client, projectId, 'adressen.csv', csvRows(3))).json();
    expect(job.status).toBe('uploaded');
    expect(job.mapping).toEqual({ unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, building: 6, homeType: 7 });
    expect(job.sample[0]).toEqual(['VHE-1', 'Lankforst', '1', '', '6538 AB', 'Nijmegen', 'A', 'maisonnette']);
    expect(job.totalRows).toBe(3);
  });

  it('names row, field and reason of every error and imports nothing until the file is right', async () => {
    const { client, projectId } = await leaderWithProject();
    const broken = csvRows(20, {
      3: 'VHE-3;Lankforst;3;;6538 A;Nijmegen;A;maisonnette',
      7: 'VHE-7;Lankforst;;;6538 AB;Nijmegen;A;maisonnette',
      9: 'VHE-9;Lankforst;1;;6538 AB;Nijmegen;A;maisonnette',
      12: 'VHE-12;Lankforst;12;;6538 AC;Nijmegen;Z;maisonnette',
    });
    const { url, checked } = await checkAndCommit(client, projectId, 'adressen.csv', broken);
    expect(checked.problemCount).toBe(4);
    expect(checked.problems.map((p: { row: number; message: string }) => [p.row, p.message])).toEqual([
      [4, 'Postcode: dit is geen Nederlandse postcode (zoals 6538 AB).'],
      [8, 'Huisnummer: vul dit veld in.'],
      [10, 'Huisnummer: dit adres staat al op een eerdere rij.'],
      [13, 'Gebouw of complex: dit gebouw bestaat niet in het project; voeg het eerst toe bij Gebouwen.'],
    ]);
    const refused = await client.post(`${url}/commit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/los eerst alle 4 fouten op/);
    const count = await t.database.db.selectFrom('addresses').where('project_id', '=', projectId).select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('commits all rows, and a second import of the same file updates instead of duplicating', async () => {
    const { client, projectId } = await leaderWithProject();
    const first = await checkAndCommit(client, projectId, 'adressen.csv', csvRows(50));
    expect(first.checked).toMatchObject({ problemCount: 0, newCount: 50, updatedCount: 0 });
    expect((await client.post(`${first.url}/commit`)).statusCode).toBe(200);
    const committed = await waitFor(client, first.url, (j) => j.status === 'committed');
    expect(committed).toMatchObject({ newCount: 50, updatedCount: 0 });
    // Retrying the commit is harmless.
    expect((await client.post(`${first.url}/commit`)).json().status).toBe('committed');

    const changed = csvRows(50).replace('VHE-2;Lankforst;2;', 'VHE-2;Lankforststraat;2;');
    const second = await checkAndCommit(client, projectId, 'adressen.csv', changed);
    expect(second.checked).toMatchObject({ newCount: 0, updatedCount: 50 });
    await client.post(`${second.url}/commit`);
    await waitFor(client, second.url, (j) => j.status === 'committed');
    const rows = await t.database.db.selectFrom('addresses').where('project_id', '=', projectId).select(['unit_id', 'street', 'building_id']).execute();
    expect(rows).toHaveLength(50);
    expect(rows.find((r) => r.unit_id === 'VHE-2')?.street).toBe('Lankforststraat');
    expect(rows.every((r) => r.building_id !== null)).toBe(true);
    const page = (await client.get(`/api/projects/${projectId}/addresses?limit=5`)).json();
    expect(page.total).toBe(50);
    expect(page.addresses[0].postcode).toMatch(/^6538 A[BC]$/);
  });

  it('reads XLSX exports too', async () => {
    const { client, projectId } = await leaderWithProject();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Eenheden');
    sheet.addRow(['VHE', 'Straat', 'Huisnr', 'Toevoeging', 'Postcode', 'Woonplaats']);
    sheet.addRow(['1001', 'Spoorstraat', 4, null, '6512ab', 'Nijmegen']); // an empty cell in the middle
    sheet.addRow(['1002', 'Spoorstraat', 6, 'A', '6512 AB', 'Nijmegen']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = (await upload(client, projectId, 'eenheden.xlsx', bytes)).json();
    expect(uploaded.sample[0]).toEqual(['1001', 'Spoorstraat', '4', '', '6512ab', 'Nijmegen']);
    const { checked, url } = await checkAndCommit(client, projectId, 'eenheden.xlsx', bytes);
    expect(checked).toMatchObject({ problemCount: 0, newCount: 2 });
    await client.post(`${url}/commit`);
    await waitFor(client, url, (j) => j.status === 'committed');
    const rows = await t.database.db
      .selectFrom('addresses')
      .where('project_id', '=', projectId)
      .select(['unit_id', 'postcode', 'house_number'])
      .orderBy('unit_id')
      .execute();
    expect(rows).toEqual([
      { unit_id: '1001', postcode: '6512 AB', house_number: 4 },
      { unit_id: '1002', postcode: '6512 AB', house_number: 6 },
    ]);
  });

  it('refuses a file it cannot read, naming the field', async () => {
    const { client, projectId } = await leaderWithProject();
    const response = await upload(client, projectId, 'foto.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].message).toMatch(/^Bestand: /);
  });

  it('asks for the required columns before checking', async () => {
    const { client, projectId } = await leaderWithProject();
    const job = (await upload(client, projectId, 'adressen.csv', csvRows(2))).json();
    const response = await client.put(`/api/projects/${projectId}/imports/${job.id}/mapping`, { mapping: { street: 1 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].message).toBe('Kolommen: koppel eerst een kolom aan: Eenheidnummer (VHE), Huisnummer, Postcode, Plaats.');
  });
});
