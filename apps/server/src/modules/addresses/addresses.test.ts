import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A project with a leader, a community worker and a site manager, and some homes. */
async function newWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
  });
  const homes = [];
  for (let n = 1; n <= 6; n++) homes.push(await newAddress(db, projectId, { street: n <= 4 ? 'Lankforst' : 'Meijhorst', houseNumber: n }));
  const client = (key: keyof typeof people) => clientFor(t.app, db, people[key].id);
  return { projectId, homes, people, leader: await client('leader'), worker: await client('worker'), builder: await client('builder') };
}

describe('grouping homes', () => {
  it('assigns a whole street to a building phase, and a selection to another', async () => {
    const w = await newWorld();
    const phase1 = (
      await w.leader.post(`/api/projects/${w.projectId}/building-phases`, {
        name: 'Fase 1',
        intervention: 'major_maintenance_occupied',
        plannedStart: '2027-03-01',
        plannedEnd: '2027-12-31',
        actualStart: null,
        actualEnd: null,
      })
    ).json();
    const phase2 = (
      await w.leader.post(`/api/projects/${w.projectId}/building-phases`, {
        name: 'Fase 2',
        intervention: 'major_maintenance_occupied',
        plannedStart: '2028-03-01',
        plannedEnd: null,
        actualStart: null,
        actualEnd: null,
      })
    ).json();
    const byStreet = await w.leader.post(`/api/projects/${w.projectId}/addresses/assign`, {
      selection: { by: 'street', street: 'Lankforst' },
      buildingPhaseId: phase1.id,
    });
    expect(byStreet.json()).toEqual({ updated: 4 });
    const byIds = await w.leader.post(`/api/projects/${w.projectId}/addresses/assign`, {
      selection: { by: 'ids', addressIds: [w.homes[4]!.id, w.homes[5]!.id] },
      buildingPhaseId: phase2.id,
    });
    expect(byIds.json()).toEqual({ updated: 2 });
    const phases = (await w.leader.get(`/api/projects/${w.projectId}/building-phases`)).json().buildingPhases;
    expect(phases.map((p: { name: string; addressCount: number }) => [p.name, p.addressCount])).toEqual([
      ['Fase 1', 4],
      ['Fase 2', 2],
    ]);
    const unassigned = (await w.leader.get(`/api/projects/${w.projectId}/addresses?unassigned=buildingPhase`)).json();
    expect(unassigned.total).toBe(0);
    // A phase with homes cannot be deleted.
    const refused = await w.leader.delete(`/api/projects/${w.projectId}/building-phases/${phase1.id}`);
    expect(refused.statusCode).toBe(400);
  });

  it('changes nothing when one id of the selection is not a home of the project', async () => {
    const w = await newWorld();
    const phase = await newBuildingPhase(t.database.db, w.projectId);
    const response = await w.leader.post(`/api/projects/${w.projectId}/addresses/assign`, {
      selection: { by: 'ids', addressIds: [w.homes[0]!.id, '00000000-0000-4000-8000-000000000000'] },
      buildingPhaseId: phase.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('selection.addressIds');
    const assigned = await t.database.db.selectFrom('addresses').where('building_phase_id', '=', phase.id).select('id').execute();
    expect(assigned).toEqual([]);
  });

  it('asks what to assign when nothing is chosen', async () => {
    const w = await newWorld();
    const response = await w.leader.post(`/api/projects/${w.projectId}/addresses/assign`, { selection: { by: 'street', street: 'Lankforst' } });
    expect(response.json().fields[0].message).toMatch(/^Bouwfase: kies wat je wilt toewijzen/);
  });
});

describe('households', () => {
  it('records who lives where, refuses overlapping periods, and audits every read of contact data', async () => {
    const w = await newWorld();
    const url = `/api/projects/${w.projectId}/addresses/${w.homes[0]!.id}/households`;
    const first = await w.worker.post(url, {
      movedInOn: '2010-04-01',
      movedOutOn: '2026-06-30',
      language: 'tr',
      contactName: 'Ayse Demir',
      contactPhone: '06 1111 2222',
    });
    expect(first.statusCode).toBe(201);
    const overlapping = await w.worker.post(url, { movedInOn: '2026-06-01', movedOutOn: null, language: 'nl' });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().fields[0].path).toBe('movedInOn');
    const next = await w.worker.post(url, {
      movedInOn: '2026-07-01',
      movedOutOn: null,
      language: 'nl',
      practicalNeeds: 'Rolstoel: drempels',
      shareNeedsWithContractor: true,
    });
    expect(next.json().current).toBe(true);

    const list = (await w.worker.get(url)).json().households;
    expect(list).toHaveLength(2);
    expect(JSON.stringify(list)).not.toContain('Ayse');
    const contact = await w.worker.get(`/api/projects/${w.projectId}/households/${first.json().id}/contact`);
    expect(contact.json()).toMatchObject({ name: 'Ayse Demir', phone: '06 1111 2222' });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('resource_id', '=', first.json().id)
      .where('action', '=', 'read')
      .select('resource_type')
      .execute();
    expect(audit).toEqual([{ resource_type: 'household_contact' }]);
  });

  it('shows the contractor practical needs only when the resident agreed to share them', async () => {
    const w = await newWorld();
    await newHousehold(t.database.db, w.homes[0]!.id, { practicalNeeds: 'Hulp bij inpakken', share: true, name: 'Gedeeld Persoon' });
    await newHousehold(t.database.db, w.homes[1]!.id, { practicalNeeds: 'Angst voor lawaai', share: false, name: 'Niet Gedeeld' });
    const response = await w.builder.get(`/api/projects/${w.projectId}/addresses?street=Lankforst`);
    const byNumber = Object.fromEntries(
      response.json().addresses.map((a: { houseNumber: number; sharedPracticalNeeds: string | null }) => [a.houseNumber, a.sharedPracticalNeeds]),
    );
    expect(byNumber[w.homes[0]!.houseNumber]).toBe('Hulp bij inpakken');
    expect(byNumber[w.homes[1]!.houseNumber]).toBeNull();
    expect(response.body).not.toContain('Angst voor lawaai');
    expect(response.body).not.toContain('Gedeeld Persoon');
  });

  it('marks an address whose current household objected to contact, so the visit planner cannot offer it', async () => {
    const w = await newWorld();
    const db = t.database.db;
    const objecting = await newHousehold(db, w.homes[0]!.id);
    // A former household's objection no longer holds for the address.
    const former = await newHousehold(db, w.homes[1]!.id, { movedInOn: '2020-01-01', movedOutOn: '2021-01-01' });
    await newHousehold(db, w.homes[1]!.id, { movedInOn: '2021-01-01' });
    await db.updateTable('households').set({ no_contact: true }).where('id', 'in', [objecting.id, former.id]).execute();
    const page = (await w.worker.get(`/api/projects/${w.projectId}/addresses?street=Lankforst`)).json() as { addresses: { id: string; noContact: boolean }[] };
    expect(page.addresses.filter((a) => a.noContact).map((a) => a.id)).toEqual([w.homes[0]!.id]);
    expect((await w.worker.get(`/api/projects/${w.projectId}/addresses/${w.homes[0]!.id}`)).json().noContact).toBe(true);
    // The contractor plans no visits of the team: a resident's privacy choice is not theirs to see.
    const builderPage = (await w.builder.get(`/api/projects/${w.projectId}/addresses?street=Lankforst`)).json() as { addresses: { noContact: boolean }[] };
    expect(builderPage.addresses.length).toBeGreaterThan(0);
    expect(builderPage.addresses.some((a) => a.noContact)).toBe(false);
    expect((await w.builder.get(`/api/projects/${w.projectId}/addresses/${w.homes[0]!.id}`)).json().noContact).toBe(false);
  });

  it('records the read of one address that showed shared practical needs, with its household, and no other', async () => {
    const w = await newWorld();
    const shared = await newHousehold(t.database.db, w.homes[0]!.id, { practicalNeeds: 'Hulp bij inpakken', share: true });
    await newHousehold(t.database.db, w.homes[1]!.id, { practicalNeeds: 'Angst voor lawaai', share: false });
    const reads = () =>
      t.database.db
        .selectFrom('audit_log')
        .where('project_id', '=', w.projectId)
        .where('resource_type', '=', 'address_practical_needs')
        .select(['actor_user_id', 'action', 'details', 'household_ids'])
        .execute();

    const detail = await w.builder.get(`/api/projects/${w.projectId}/addresses/${w.homes[0]!.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id: w.homes[0]!.id, sharedPracticalNeeds: 'Hulp bij inpakken' });
    expect(await reads()).toEqual([
      { actor_user_id: w.people.builder!.id, action: 'read', details: { count: 1, ids: [w.homes[0]!.id] }, household_ids: [shared.id] },
    ]);

    // Nothing personal shown, or nothing found: no entry.
    expect((await w.builder.get(`/api/projects/${w.projectId}/addresses/${w.homes[1]!.id}`)).json().sharedPracticalNeeds).toBeNull();
    expect((await w.builder.get(`/api/projects/${w.projectId}/addresses/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect(await reads()).toHaveLength(1);
  });
});

describe('exports', () => {
  it('gives the contractor addresses and planning without contact data, the social team with it (audited)', async () => {
    const w = await newWorld();
    await newHousehold(t.database.db, w.homes[0]!.id, { name: 'Piet Contact', phone: '06 9999 0000', practicalNeeds: 'Sleutel bij buren', share: true });
    const contractorCsv = await w.builder.get(`/api/projects/${w.projectId}/exports/addresses?format=csv`);
    expect(contractorCsv.headers['content-type']).toMatch(/text\/csv/);
    expect(contractorCsv.body).toContain('Lankforst');
    expect(contractorCsv.body).toContain('Sleutel bij buren');
    expect(contractorCsv.body).not.toContain('Piet Contact');
    expect(contractorCsv.body).not.toContain('Naam bewoner');

    const teamXlsx = await w.worker.get(`/api/projects/${w.projectId}/exports/addresses?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(teamXlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('Naam bewoner');
    expect(sheet.rowCount).toBe(7);
    const values = JSON.stringify(sheet.getSheetValues());
    expect(values).toContain('Piet Contact');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'household_contacts_export')
      .select('actor_user_id')
      .execute();
    expect(audit).toEqual([{ actor_user_id: w.people.worker!.id }]);
  });
});

describe('safe exports', () => {
  it("neutralises formulas in the CSV, keeps a phone number's leading zero and writes planned dates as real dates in XLSX", async () => {
    const w = await newWorld();
    const db = t.database.db;
    await newHousehold(db, w.homes[0]!.id, { name: 'Fam. Öztürk', phone: '0612345678', practicalNeeds: '=2+3 dozen inpakken', share: true });
    await db.updateTable('addresses').set({ addition: '-A' }).where('id', '=', w.homes[0]!.id).execute();
    const phase = (
      await w.leader.post(`/api/projects/${w.projectId}/building-phases`, {
        name: 'Fase 1',
        intervention: 'major_maintenance_occupied',
        plannedStart: '2027-03-29',
        plannedEnd: '2027-10-31',
        actualStart: null,
        actualEnd: null,
      })
    ).json();
    await w.leader.post(`/api/projects/${w.projectId}/addresses/assign`, { selection: { by: 'ids', addressIds: [w.homes[0]!.id] }, buildingPhaseId: phase.id });

    const csv = await w.worker.get(`/api/projects/${w.projectId}/exports/addresses?format=csv`);
    const rows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);
    const header = rows[0]!;
    const home = rows.find((r) => r[header.indexOf('Huisnummer')] === '1')!;
    expect(home[header.indexOf('Toevoeging')]).toBe("'-A");
    expect(home[header.indexOf('Praktische behoeften bij de werkzaamheden')]).toBe("'=2+3 dozen inpakken");
    expect(csv.body).toContain(`"'=2+3 dozen inpakken"`);
    expect(home[header.indexOf('Telefoonnummer bewoner')]).toBe('0612345678');
    expect(home[header.indexOf('Geplande begindatum')]).toBe('29-03-2027');

    const xlsx = await w.worker.get(`/api/projects/${w.projectId}/exports/addresses?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name) + 1);
    expect(cell('Huisnummer')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 1 });
    expect(cell('Telefoonnummer bewoner')).toMatchObject({ type: ExcelJS.ValueType.String, value: '0612345678' });
    expect(cell('Praktische behoeften bij de werkzaamheden')).toMatchObject({ type: ExcelJS.ValueType.String, value: '=2+3 dozen inpakken' });
    const start = cell('Geplande begindatum');
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.numFmt).toBe('dd-mm-yyyy');
    expect((start.value as Date).toISOString()).toBe('2027-03-29T00:00:00.000Z');
  });
});

describe('plan and hours', () => {
  it('warns when the home visits do not start three months before the works', async () => {
    const w = await newWorld();
    await w.leader.put(`/api/projects/${w.projectId}/phases/home_visits`, {
      plannedStart: '2027-01-15',
      plannedEnd: '2027-12-31',
      actualStart: null,
      actualEnd: null,
      status: 'not_started',
    });
    await newBuildingPhase(t.database.db, w.projectId, { name: 'Fase 1', plannedStart: '2027-03-01' });
    await newBuildingPhase(t.database.db, w.projectId, { name: 'Fase 2', plannedStart: '2027-09-01' });
    const plan = (await w.builder.get(`/api/projects/${w.projectId}/plan`)).json();
    expect(plan.buildingPhases).toHaveLength(2);
    expect(plan.warnings).toEqual([
      expect.objectContaining({
        kind: 'visitsTooLate',
        message: 'Bouwfase Fase 1: de huisbezoeken beginnen op 15-01-2027, maar moeten uiterlijk 01-12-2026 beginnen (drie maanden voor de werkzaamheden).',
      }),
    ]);
    const planCsv = await w.leader.get(`/api/projects/${w.projectId}/exports/plan?format=csv`);
    expect(planCsv.body).toContain('Huisbezoeken;Fase;15-01-2027;31-12-2027');
  });

  it('budgets 4 hours per address by default and shows booked hours per organisation', async () => {
    const w = await newWorld();
    await w.worker.post(`/api/projects/${w.projectId}/hours/bookings`, { phase: 'home_visits', workedOn: '2026-11-20', hours: 2.5, note: 'Drie gesprekken' });
    await w.leader.post(`/api/projects/${w.projectId}/hours/bookings`, { phase: 'home_visits', workedOn: '2026-11-20', hours: 1.25 });
    const overview = (await w.leader.get(`/api/projects/${w.projectId}/hours`)).json();
    const visits = overview.phases.find((p: { phase: string }) => p.phase === 'home_visits');
    expect(overview.addressCount).toBe(6);
    expect(visits.budget).toBe(24);
    expect(visits.actual).toBe(3.75);
    expect(visits.byOrganisation.map((o: { hours: number }) => o.hours).sort()).toEqual([1.25, 2.5]);
    const refused = await w.worker.post(`/api/projects/${w.projectId}/hours/bookings`, { phase: 'home_visits', workedOn: '2026-11-20', hours: 1.1 });
    expect(refused.json().fields[0].message).toBe('Uren: boek in kwartieren (bijvoorbeeld 1,25 of 2,5).');
  });

  it('exports hours per phase, organisation and person as CSV and XLSX for the social team, audited', async () => {
    const w = await newWorld();
    const book = (client: typeof w.worker, phase: string, workedOn: string, hours: number) =>
      client.post(`/api/projects/${w.projectId}/hours/bookings`, { phase, workedOn, hours });
    await book(w.worker, 'home_visits', '2026-11-20', 2.5);
    await book(w.worker, 'home_visits', '2026-03-29', 1.25);
    await book(w.worker, 'preparation', '2026-02-02', 4);
    await book(w.leader, 'home_visits', '2026-11-21', 1);
    const names = await t.database.db.selectFrom('users').where('id', 'in', [w.people.worker.id, w.people.leader.id]).select(['id', 'display_name']).execute();
    const name = (id: string) => names.find((n) => n.id === id)!.display_name;

    const csv = await w.leader.get(`/api/projects/${w.projectId}/exports/hours?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual(['Fase', 'Organisatie', 'Medewerker', 'Uren', 'Aantal boekingen', 'Eerste dag', 'Laatste dag']);
    const body = rows.slice(1).map(([phase, , person, ...rest]) => [phase, person, ...rest]);
    expect(body).toEqual(
      expect.arrayContaining([
        ['Voorbereiding', name(w.people.worker.id), '4', '1', '02-02-2026', '02-02-2026'],
        ['Huisbezoeken', name(w.people.worker.id), '3,75', '2', '29-03-2026', '20-11-2026'],
        ['Huisbezoeken', name(w.people.leader.id), '1', '1', '21-11-2026', '21-11-2026'],
      ]),
    );
    expect(body).toHaveLength(3);
    expect(body[0]![0]).toBe('Voorbereiding'); // in the order of the phases

    const xlsx = await w.worker.get(`/api/projects/${w.projectId}/exports/hours?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const visits = [2, 3, 4].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).value === 'Huisbezoeken' && r.getCell(3).value === name(w.people.worker.id))!;
    expect(visits.getCell(4)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 3.75 });
    expect(visits.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    expect((visits.getCell(6).value as Date).toISOString()).toBe('2026-03-29T00:00:00.000Z');

    expect((await w.builder.get(`/api/projects/${w.projectId}/exports/hours?format=csv`)).statusCode).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'hours_export')
      .select(['actor_user_id', 'action'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { actor_user_id: w.people.leader.id, action: 'export' },
      { actor_user_id: w.people.worker.id, action: 'export' },
    ]);
  });

  it('lets the leader change the hour model', async () => {
    const w = await newWorld();
    const lines = (await w.leader.get(`/api/projects/${w.projectId}/hours`))
      .json()
      .lines.map((l: { key: string; hours: number }) => (l.key === 'intake' ? { ...l, hours: 3 } : l));
    const saved = await w.leader.put(`/api/projects/${w.projectId}/hours/budget`, { lines });
    expect(saved.json().phases.find((p: { phase: string }) => p.phase === 'home_visits').budget).toBe(18);
  });
});
