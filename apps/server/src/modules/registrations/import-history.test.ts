import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    lines.push(
      bad?.[i] ??
        `${(i % 28) + 1}-3-2021 10:00,${(i % 10) + 1},${ages[i % 5]},"Erbij horen, Veiligheid",Komt weinig buiten,Tevreden bewoner nummer ${i % 3 ? 'twee' : 'drie'}`,
    );
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

/** The registrations as stored, answers included (the list names them without their answers), newest first. */
async function storedRegistrations(projectId: string) {
  const rows = await t.database.db
    .selectFrom('registrations as r')
    .innerJoin('registration_forms as f', 'f.id', 'r.form_id')
    .where('r.project_id', '=', projectId)
    .select(['f.version as formVersion', 'r.household_key as householdKey', 'r.content', 'r.created_at as createdAt'])
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function upload(client: TestClient, projectId: string, csv: string | Buffer) {
  const { payload, headers } = multipartFile('gesprekken.csv', csv);
  return (await client.request({ method: 'POST', url: `/api/projects/${projectId}/registration-imports`, payload, headers })).json();
}

it('imports a 50-row Google Forms export into a chosen form version, once', async () => {
  const { projectId, client } = await setUp();
  const job = await upload(client, projectId, exportRows());
  expect(job.rowCount).toBe(50);
  expect(job.suggestedMapping).toEqual({
    '0': 'timestamp',
    '1': 'answer:neighbourhood_satisfaction',
    '2': 'answer:age_group',
    '3': 'cards',
    '4': 'open:person_obstacles',
    '5': 'summary',
  });
  const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
    formVersionId: job.formVersionId,
    mapping: job.suggestedMapping,
  });
  expect(commit.json()).toEqual({ imported: 50, alreadyImported: 0 });
  const again = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
    formVersionId: job.formVersionId,
    mapping: job.suggestedMapping,
  });
  expect(again.json()).toEqual({ imported: 0, alreadyImported: 50 });
  const rows = (await client.get(`/api/projects/${projectId}/registrations`)).json().items;
  expect(rows).toHaveLength(50);
  expect(rows[0]).toMatchObject({ formVersion: 1 });
  expect(new Set(rows.map((r: { householdKey: string }) => r.householdKey)).size).toBe(50);
  expect((await storedRegistrations(projectId))[0]).toMatchObject({ formVersion: 1, content: { cards: ['belonging', 'safety'] } });
});

it('imports nothing when a row does not fit or names someone, and says which row and column', async () => {
  const { projectId, client } = await setUp();
  const job = await upload(
    client,
    projectId,
    exportRows({ 4: '4-3-2021,11,65 tot 80,Erbij horen,,Gewoon', 9: '9-3-2021,7,65 tot 80,Erbij horen,,Fam. Pietersen wil meedoen' }),
  );
  const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
    formVersionId: job.formVersionId,
    mapping: job.suggestedMapping,
  });
  expect(commit.statusCode).toBe(400);
  expect(commit.json().fields.map((f: { message: string }) => f.message)).toEqual([
    'Rij 5, Hoe tevreden bent u over de buurt?: kies een waarde van 1 tot en met 10.',
    'Rij 10, Geanonimiseerde samenvatting: hierin staat iets waaraan iemand te herkennen is ("Fam. Pietersen"); schrijf het anders op.',
  ]);
  expect((await client.get(`/api/projects/${projectId}/registrations`)).json().items).toEqual([]);
});

/**
 * Google Forms' answers as a Dutch office downloads them: from the responses sheet (Bestand →
 * Downloaden → CSV: UTF-8 without byte order mark, commas, CRLF, the question texts as headers,
 * "Tijdstempel" in d-m-yyyy H:mm:ss, multi-line answers quoted), or as Forms' own CSV download in
 * an American account (2025/10/20 9:00:10 AM GMT+2, header "Timestamp").
 */
describe('a Google Forms export downloaded again a week later', () => {
  const questions = ['Hoe tevreden bent u over de buurt?', 'Leeftijdsgroep', 'Gekozen kaarten', 'Persoon: belemmeringen', 'Samenvatting'];
  const summaries = [
    'Tevreden, zoekt aanspraak',
    'Wil meedoen met de moestuin',
    'Maakt zich zorgen over de trap',
    'Blij met de nieuwe keuken, minder met de tocht',
  ];
  const obstacles = ['Komt weinig buiten,\nwil wel meer contact', 'Trap is zwaar', '', 'Weet niet waar "het buurthuis" is'];
  /** Conversation i: from 20 October 2025, one a day, across the night summer time ends (26 October). */
  const answer = (i: number) => {
    const day = new Date(Date.UTC(2025, 9, 20 + i));
    const [d, m, y] = [day.getUTCDate(), day.getUTCMonth() + 1, day.getUTCFullYear()];
    const [h, min, sec] = [9 + (i % 8), (i * 7) % 60, (i * 13) % 60];
    const summer = m === 10 && d < 26;
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      dutch: `${d}-${m}-${y} ${h}:${pad(min)}:${pad(sec)}`,
      american: `${y}/${pad(m)}/${pad(d)} ${((h + 11) % 12) + 1}:${pad(min)}:${pad(sec)} ${h < 12 ? 'AM' : 'PM'} GMT+${summer ? 2 : 1}`,
      instant: new Date(Date.UTC(y, m - 1, d, h - (summer ? 2 : 1), min, sec)).toISOString(),
      cells: [String((i % 10) + 1), ages[i % 5]!, i % 2 ? 'Erbij horen, Veiligheid' : 'Gezondheid', obstacles[i % 4]!, summaries[i % 4]!],
    };
  };
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = (rows: string[][]) => `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
  /** The responses sheet after `count` answers; later a question was added, which earlier rows leave empty. */
  const sheetDownload = (count: number, withNewQuestion = false) =>
    csv([
      ['Tijdstempel', ...questions, ...(withNewQuestion ? ['Opmerking bezoeker'] : [])],
      ...Array.from({ length: count }, (_, i) => [answer(i).dutch, ...answer(i).cells, ...(withNewQuestion ? [i >= 14 ? 'Tweede gesprek gewenst' : ''] : [])]),
    ]);
  const formsDownload = (count: number) =>
    csv([
      ['Timestamp', ...questions, 'Opmerking bezoeker'],
      ...Array.from({ length: count }, (_, i) => [answer(i).american, ...answer(i).cells, i >= 14 ? 'Tweede gesprek gewenst' : '']),
    ]);

  async function importFile(client: TestClient, projectId: string, content: string | Buffer) {
    const job = await upload(client, projectId, content);
    const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
      formVersionId: job.formVersionId,
      mapping: job.suggestedMapping,
    });
    expect(commit.statusCode, commit.body).toBe(200);
    return { job, result: commit.json() };
  }

  it("keeps each answer's own time and adds only the new rows of a later download", async () => {
    const { projectId, client } = await setUp();
    const first = await importFile(client, projectId, sheetDownload(14));
    expect(first.job).toMatchObject({ rowCount: 14, format: { encoding: 'utf-8', delimiter: 'comma' } });
    expect(first.job.suggestedMapping).toMatchObject({ '0': 'timestamp', '4': 'open:person_obstacles' });
    expect(first.job.sample[0]).toEqual([answer(0).dutch, ...answer(0).cells]);
    expect(first.result).toEqual({ imported: 14, alreadyImported: 0 });
    const afterFirst = await storedRegistrations(projectId);
    // The answers' own moments, in Amsterdam time on both sides of the change to winter time; not the import day.
    expect(afterFirst.map((r) => r.createdAt).sort()).toEqual(Array.from({ length: 14 }, (_, i) => answer(i).instant));
    expect(afterFirst.find((r) => r.createdAt === answer(0).instant)?.content.openText.person_obstacles).toBe('Komt weinig buiten,\nwil wel meer contact');

    const second = await importFile(client, projectId, sheetDownload(26, true));
    expect(second.result).toEqual({ imported: 12, alreadyImported: 14 });
    const third = await importFile(client, projectId, formsDownload(26));
    expect(third.result).toEqual({ imported: 0, alreadyImported: 26 });
    const all = (await client.get(`/api/projects/${projectId}/registrations`)).json().items;
    expect(all).toHaveLength(26);
    expect(all.map((r: { createdAt: string }) => r.createdAt).sort()).toEqual(Array.from({ length: 26 }, (_, i) => answer(i).instant));
  });

  it('keeps identical answers without a timestamp apart, and still adds each once', async () => {
    const { projectId, client } = await setUp();
    const same = csv([questions.slice(0, 2), ['8', '65 tot 80'], ['8', '65 tot 80'], ['6', '30 tot 50']]);
    expect((await importFile(client, projectId, same)).result).toEqual({ imported: 3, alreadyImported: 0 });
    const later = csv([questions.slice(0, 2), ['8', '65 tot 80'], ['8', '65 tot 80'], ['6', '30 tot 50'], ['8', '65 tot 80']]);
    expect((await importFile(client, projectId, later)).result).toEqual({ imported: 1, alreadyImported: 3 });
  });

  it('names the row and column of a timestamp it cannot read', async () => {
    const { projectId, client } = await setUp();
    const job = await upload(
      client,
      projectId,
      csv([
        ['Tijdstempel', ...questions],
        [answer(0).dutch, ...answer(0).cells],
        ['gisteren', ...answer(1).cells],
      ]),
    );
    const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
      formVersionId: job.formVersionId,
      mapping: job.suggestedMapping,
    });
    expect(commit.statusCode).toBe(400);
    expect(commit.json().fields.map((f: { message: string }) => f.message)).toEqual([
      'Rij 3, Tijdstempel: "gisteren" is geen tijdstip zoals Google Forms het schrijft (zoals 3-11-2025 14:05:09).',
    ]);
  });

  it('reads the export as Excel saves it again (Windows-1252, semicolons), and again as the user chooses', async () => {
    const { projectId, client } = await setUp();
    const text = `Tijdstempel;Hoe tevreden bent u over de buurt?;Samenvatting\r\n3-11-2025 14:05:09;8;Wil graag een café in de buurt, geïnteresseerd in de reünie\r\n`;
    const job = await upload(client, projectId, iconv.encode(text, 'windows-1252'));
    expect(job.format).toEqual({ encoding: 'windows-1252', delimiter: 'semicolon' });
    expect(job.sample[0][2]).toBe('Wil graag een café in de buurt, geïnteresseerd in de reünie');
    const url = `/api/projects/${projectId}/registration-imports/${job.id}/format`;
    const wrong = await client.put(url, { encoding: 'utf-8', delimiter: 'semicolon' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0].message).toMatch(/^Bestand: rij 2 bevat een teken dat in de tekenset UTF-8 niet te lezen is/);
    const asComma = (await client.put(url, { encoding: 'windows-1252', delimiter: 'comma' })).json();
    expect(asComma.headers).toEqual(['Tijdstempel;Hoe tevreden bent u over de buurt?;Samenvatting']);
    const right = (await client.put(url, { encoding: 'windows-1252', delimiter: 'semicolon' })).json();
    expect(right).toMatchObject({
      headers: ['Tijdstempel', 'Hoe tevreden bent u over de buurt?', 'Samenvatting'],
      suggestedMapping: { '0': 'timestamp', '2': 'summary' },
    });
    const commit = await client.post(`/api/projects/${projectId}/registration-imports/${job.id}/commit`, {
      formVersionId: job.formVersionId,
      mapping: right.suggestedMapping,
    });
    expect(commit.json()).toEqual({ imported: 1, alreadyImported: 0 });
    const [stored] = await storedRegistrations(projectId);
    expect(stored).toMatchObject({
      createdAt: '2025-11-03T13:05:09.000Z',
      content: { summary: 'Wil graag een café in de buurt, geïnteresseerd in de reünie' },
    });
  });
});
