import { todayInAmsterdam } from '@thuis/domain';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { newAddress, newHousehold, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A project with `count` visits in December 2026, each with a household and two visitors. */
async function projectWithVisits(count: number, contractorName = `Bouwbedrijf ${count}-${Math.random()}`) {
  const db = t.database.db;
  const corporation = await newOrganisation(db, { type: 'corporation' });
  const contractor = await newOrganisation(db, { type: 'contractor', name: contractorName });
  const leader = await newUser(db, { organisationId: corporation.id, name: 'Sanne Leider' });
  const builder = await newUser(db, { organisationId: contractor.id, name: 'Peter Bouwer' });
  const colleague = await newUser(db, { organisationId: corporation.id });
  const project = await newProject(db, {
    members: [
      { userId: leader.id, organisationId: corporation.id, role: 'project_leader' },
      { userId: colleague.id, organisationId: corporation.id, role: 'housing_consultant' },
      { userId: builder.id, organisationId: contractor.id, role: 'site_manager' },
    ],
    input: { name: 'Lankforst proef', teamPhone: '024 123 45 00', teamEmail: 'lankforst@example.nl' },
  });
  const visitIds: string[] = [];
  for (let n = 1; n <= 100; n++) {
    const home = await newAddress(db, project.id, { street: 'Lankforst', houseNumber: n });
    // Names outside WinAnsi (Turkish, Polish) must print as written.
    await newHousehold(db, home.id, { name: n === 2 ? 'Fam. Yılmaz-Łukaszewicz' : `Fam. Bewoner${n}` });
    const startsAt = new Date(Date.UTC(2026, 11, 1 + Math.floor((n - 1) / 8), 8 + ((n - 1) % 8), 0));
    const visit = await db
      .insertInto('visits')
      .values({
        project_id: project.id,
        address_id: home.id,
        kind: 'joint_intake',
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 3_600_000),
        note: '',
        created_by: leader.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('visit_visitors')
      .values([
        { visit_id: visit.id, user_id: leader.id },
        { visit_id: visit.id, user_id: builder.id },
      ])
      .execute();
    visitIds.push(visit.id);
  }
  return { project, leader, colleague, visitIds };
}

it('prints one invitation page per household with the right merge fields; marking them sent is a step of its own, after printing', async () => {
  const db = t.database.db;
  const { project, leader, visitIds } = await projectWithVisits(100, 'Bouwbedrijf Test');
  const client = await clientFor(t.app, db, leader.id);
  const invitedBefore = (await client.get(`/api/projects/${project.id}/visits?from=2026-12-01&to=2027-01-01`))
    .json()
    .items.map((v: { invitedOn: string | null }) => v.invitedOn);
  expect(new Set(invitedBefore)).toEqual(new Set([null]));
  const requested = await client.post(`/api/projects/${project.id}/letters`, { visitIds });
  expect(requested.statusCode).toBe(201);
  const jobUrl = `/api/projects/${project.id}/letters/${requested.json().id}`;
  // The letters are made in the background, in steps the page can show.
  const seen: number[] = [];
  for (let job = requested.json(); job.status !== 'done'; job = (await client.get(jobUrl)).json()) {
    if (job.status === 'failed') throw new Error('the letters job failed');
    expect(job.total).toBe(100);
    seen.push(job.done);
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(seen.some((done) => done > 0 && done < 100)).toBe(true);
  const response = await client.get(`${jobUrl}/pdf`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');

  const parser = new PDFParse({ data: new Uint8Array(response.rawPayload) });
  const text = await parser.getText();
  await parser.destroy();
  expect(text.pages).toHaveLength(100);
  // Lines wrap where the page ends; compare the words.
  for (const page of text.pages) page.text = page.text.replace(/\s+/g, ' ');
  // Page 1 is Lankforst 1: visit on Tuesday 1 December 2026, 09:00 in Amsterdam (08:00 UTC).
  expect(text.pages[0]!.text).toContain('Beste Fam. Bewoner1,');
  expect(text.pages[0]!.text).toContain('Lankforst 1');
  expect(text.pages[0]!.text).toMatch(/dinsdag 1 december 2026 om\s+09:00 uur/);
  expect(text.pages[0]!.text).toContain('Peter Bouwer (Bouwbedrijf Test)');
  expect(text.pages[0]!.text).toMatch(/vrijwillig/);
  expect(text.pages[1]!.text).toContain('Beste Fam. Yılmaz-Łukaszewicz,');
  expect(text.pages[99]!.text).toContain('Beste Fam. Bewoner100,');
  expect(text.pages[99]!.text).toContain('Lankforst 100');
  // Made is not printed: no visit counts as invited yet (issue 16).
  const invited = async () =>
    (
      (await client.get(`/api/projects/${project.id}/visits?from=2026-12-01&to=2027-01-01&limit=500`)).json().items as {
        id: string;
        invitedOn: string | null;
      }[]
    ).map((v) => v.invitedOn);
  expect(new Set(await invited())).toEqual(new Set([null]));
  expect(await db.selectFrom('letters_sent').where('project_id', '=', project.id).select('visit_id').execute()).toEqual([]);

  // Printed: the maker marks the batch as sent.
  const marked = await client.post(`${jobUrl}/sent`, {});
  expect(marked.statusCode, marked.body).toBe(200);
  expect(marked.json()).toEqual({ visits: 100 });
  const sent = await db.selectFrom('letters_sent').where('project_id', '=', project.id).select(['visit_id', 'sent_at']).execute();
  expect(sent).toHaveLength(100);
  // The visit list says which visits have their invitation, and since when (the next batch leaves them out).
  const listed = await invited();
  expect(listed).toHaveLength(100);
  expect(new Set(listed)).toEqual(new Set([todayInAmsterdam()]));
  // Marking again (a second click, a retried request) changes nothing: the first date stays.
  const again = await client.post(`${jobUrl}/sent`, {});
  expect(again.json()).toEqual({ visits: 100 });
  const sentAgain = await db.selectFrom('letters_sent').where('project_id', '=', project.id).select(['visit_id', 'sent_at']).execute();
  expect(new Map(sentAgain.map((r) => [r.visit_id, r.sent_at.getTime()]))).toEqual(new Map(sent.map((r) => [r.visit_id, r.sent_at.getTime()])));
  const audited = await db
    .selectFrom('audit_log')
    .where('project_id', '=', project.id)
    .where('action', '=', 'update')
    .where('resource_type', '=', 'household_contacts_letters')
    .select('details')
    .execute();
  expect(audited.map((a) => a.details)).toEqual([{ markedSent: 100 }, { markedSent: 100 }]);
}, 120_000);

it('answers other requests while 300 letters are laid out: the PDF is made off the main thread', async () => {
  const db = t.database.db;
  const { project, leader, visitIds } = await projectWithVisits(300);
  const client = await clientFor(t.app, db, leader.id);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const requested = await client.post(`/api/projects/${project.id}/letters`, { visitIds });
  expect(requested.statusCode).toBe(201);
  let longestWait = 0;
  for (let status = requested.json().status; status !== 'done';) {
    expect(status).not.toBe('failed');
    const started = performance.now();
    status = (await client.get(`/api/projects/${project.id}/letters/${requested.json().id}`)).json().status;
    longestWait = Math.max(longestWait, performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
  delay.disable();
  // Laying out 300 pages takes seconds; on the main thread it would hold up every request that long.
  // (Bounds generous for a shared test machine; the benchmark reports the real figure.)
  expect(delay.max / 1e6).toBeLessThan(2000);
  expect(longestWait).toBeLessThan(2000);
}, 120_000);

it('shows a batch of letters only to whoever asked for it', async () => {
  const db = t.database.db;
  const { project, leader, colleague, visitIds } = await projectWithVisits(2);
  const requested = await (await clientFor(t.app, db, leader.id)).post(`/api/projects/${project.id}/letters`, { visitIds });
  const other = await clientFor(t.app, db, colleague.id);
  expect((await other.get(`/api/projects/${project.id}/letters/${requested.json().id}`)).statusCode).toBe(404);
  expect((await other.get(`/api/projects/${project.id}/letters/${requested.json().id}/pdf`)).statusCode).toBe(404);
  expect((await other.post(`/api/projects/${project.id}/letters/${requested.json().id}/sent`, {})).statusCode).toBe(404);
  expect(await db.selectFrom('letters_sent').where('visit_id', 'in', visitIds).select('visit_id').execute()).toEqual([]);
});

it('marks a batch as sent only once it is made', async () => {
  const db = t.database.db;
  const { project, leader, visitIds } = await projectWithVisits(2);
  const client = await clientFor(t.app, db, leader.id);
  const job = await db
    .insertInto('letter_jobs')
    .values({
      project_id: project.id,
      created_by: leader.id,
      visit_ids: JSON.stringify(visitIds),
      locale: 'nl',
      status: 'rendering',
      total: 2,
      locked_until: new Date(Date.now() + 3_600_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  expect((await client.post(`/api/projects/${project.id}/letters/${job.id}/sent`, {})).statusCode).toBe(404);
  expect(await db.selectFrom('letters_sent').where('visit_id', 'in', visitIds).select('visit_id').execute()).toEqual([]);
});

it('refuses a template with an unknown merge field, naming it', async () => {
  const db = t.database.db;
  const corporation = await newOrganisation(db, { type: 'corporation' });
  const leader = await newUser(db, { organisationId: corporation.id });
  const project = await newProject(db, { members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }] });
  const client = await clientFor(t.app, db, leader.id);
  const response = await client.put(`/api/projects/${project.id}/letter-template`, { subject: 'Bezoek', body: 'Beste {{naam}}' });
  expect(response.statusCode).toBe(400);
  expect(response.json().fields[0].message).toMatch(/^Tekst van de brief: onbekend samenvoegveld: naam\./);
});

it("greets a household without a name as its residents, gives the team's phone and e-mail, and names the visitors with their organisation", async () => {
  const db = t.database.db;
  const corporation = await newOrganisation(db, { type: 'corporation', name: 'Woonstichting Test' });
  const contractor = await newOrganisation(db, { type: 'contractor', name: 'Bouwbedrijf Proef' });
  const leader = await newUser(db, { organisationId: corporation.id, name: 'Sanne Leider' });
  const builder = await newUser(db, { organisationId: contractor.id, name: 'Peter Bouwer' });
  const project = await newProject(db, {
    members: [
      { userId: leader.id, organisationId: corporation.id, role: 'project_leader' },
      { userId: builder.id, organisationId: contractor.id, role: 'site_manager' },
    ],
  });
  // No household is known at this address yet.
  const home = await newAddress(db, project.id, { street: 'Lankforst', houseNumber: 7 });
  const startsAt = new Date(Date.UTC(2027, 0, 12, 8, 30));
  const visit = await db
    .insertInto('visits')
    .values({
      project_id: project.id,
      address_id: home.id,
      kind: 'joint_intake',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: leader.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('visit_visitors')
    .values([
      { visit_id: visit.id, user_id: leader.id },
      { visit_id: visit.id, user_id: builder.id },
    ])
    .execute();
  const client = await clientFor(t.app, db, leader.id);

  // The default letter asks residents to call or mail: without the project's phone number that would read "bel ons op ".
  const refused = await client.post(`/api/projects/${project.id}/letters`, { visitIds: [visit.id] });
  expect(refused.statusCode).toBe(400);
  expect(refused.json().fields.map((f: { message: string }) => f.message)).toEqual([
    'Telefoonnummer van het projectteam: de brief noemt dit, maar het is bij het project nog niet ingevuld. Vul het in bij Project wijzigen.',
    'E-mailadres van het projectteam: de brief noemt dit, maar het is bij het project nog niet ingevuld. Vul het in bij Project wijzigen.',
  ]);
  expect(await db.selectFrom('letters_sent').where('visit_id', '=', visit.id).select('visit_id').execute()).toEqual([]);

  const detail = (await client.get(`/api/projects/${project.id}`)).json();
  const edit = {
    ...Object.fromEntries(['name', 'neighbourhood', 'municipality', 'description', 'worksKinds', 'startsOn', 'endsOn'].map((k) => [k, detail[k]])),
    teamPhone: '024 123 45 00',
    teamEmail: 'Team@Lankforst.example',
  };
  const saved = await client.put(`/api/projects/${project.id}`, edit);
  expect(saved.statusCode, saved.body).toBe(200);
  expect(saved.json()).toMatchObject({ teamPhone: '024 123 45 00', teamEmail: 'team@lankforst.example' });
  const badEmail = await client.put(`/api/projects/${project.id}`, { ...edit, teamEmail: 'geen adres' });
  expect(badEmail.json().fields[0].path).toBe('teamEmail');

  const requested = await client.post(`/api/projects/${project.id}/letters`, { visitIds: [visit.id] });
  expect(requested.statusCode, requested.body).toBe(201);
  const jobUrl = `/api/projects/${project.id}/letters/${requested.json().id}`;
  await vi.waitFor(async () => expect((await client.get(jobUrl)).json().status).toBe('done'), { timeout: 30_000, interval: 50 });
  const response = await client.get(`${jobUrl}/pdf`);
  const parser = new PDFParse({ data: new Uint8Array(response.rawPayload) });
  const text = (await parser.getText()).pages[0]!.text.replace(/\s+/g, ' ');
  await parser.destroy();
  expect(text).toContain('De bewoners van Lankforst 7');
  expect(text).toContain('Beste bewoners van Lankforst 7,');
  expect(text).not.toMatch(/Beste De bewoners/);
  expect(text).toContain('Bel ons dan op 024 123 45 00 of mail naar team@lankforst.example.');
  expect(text).toContain('U krijgt bezoek van Peter Bouwer (Bouwbedrijf Proef) en Sanne Leider (Woonstichting Test).');
  expect(text).not.toMatch(/buurtteam/i);
});
