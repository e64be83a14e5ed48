import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInAmsterdam, type HouseholdExport, type ResidentRequestList } from '@thuis/domain';
import {
  newAddress,
  newHousehold,
  newOrganisation,
  newReferral,
  newSignal,
  newSurveyRound,
  newTalentCard,
  newTalentMatch,
  newTeamProject,
  newVisit,
} from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { pdfText } from '../../test/pdf-text.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createTalentRepository } from '../talents/repository.js';
import { createSurveyRepository } from '../surveys/repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

async function newRegistration(projectId: string, householdKey: string, summary: string, answers: Record<string, unknown> = {}) {
  const db = t.database.db;
  const form = await createRegistrationRepository(db).currentForm(projectId, null);
  const content = { answers, cards: [], openText: { person_opportunities: summary }, talents: '', talentsContactConsent: false, summary: '' };
  return db
    .insertInto('registrations')
    .values({
      project_id: projectId,
      form_id: form.id,
      client_id: randomUUID(),
      household_key: householdKey,
      content: JSON.stringify(content),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A household with contact data, two visits, a signal with an action, a referral, a matched talent card and two registrations. */
async function newResidentWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(
    db,
    {
      leader: { type: 'corporation', role: 'project_leader' },
      worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    },
    { teamPhone: '024 123 45 00', teamEmail: 'team@example.nl' },
  );
  const partner = await newOrganisation(db, { type: 'neighbourhood_team', name: `Buurtteam Oost ${randomUUID().slice(0, 4)}` });
  const address = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
  const household = await newHousehold(db, address.id, {
    name: 'Familie Verhoeven',
    phone: '06 1111 2222',
    email: 'verhoeven@example.nl',
    practicalNeeds: 'Hulp bij inpakken',
  });
  const visits = [
    await newVisit(db, projectId, address.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' }),
    await newVisit(db, projectId, address.id, { kind: 'follow_up', visitorIds: [people.worker.id] }),
  ];
  const signal = await newSignal(db, projectId, { householdKey: household.pseudonym, description: 'Zorgen over de energierekening.' });
  await db
    .insertInto('actions')
    .values({
      project_id: projectId,
      signal_id: signal.id,
      title: 'Energietoeslag aanvragen',
      owner_id: people.worker.id,
      due_on: '2026-12-20',
      status: 'open',
      created_by: null,
    })
    .execute();
  await newReferral(db, projectId, household.id, partner.id, { question: 'Hulp bij de administratie van Verhoeven.', share: ['name', 'phone'] });
  const card = await newTalentCard(db, projectId, household.id, { contactName: 'Mevrouw Verhoeven', gives: 'breien' });
  const neighbour = await newHousehold(db, (await newAddress(db, projectId)).id, { name: 'Buurvrouw' });
  const neighbourCard = await newTalentCard(db, projectId, neighbour.id, { gives: 'schaken', wishes: 'breien' });
  await newTalentMatch(db, projectId, card.id, neighbourCard.id);
  const registrations = [
    await newRegistration(projectId, household.pseudonym, 'Ik wil graag een moestuin beginnen.'),
    await newRegistration(projectId, household.pseudonym, 'Na de werkzaamheden kwam de buurvrouw vaker langs.'),
  ];
  // Someone else's registration: the export must not hold it.
  await newRegistration(projectId, neighbour.pseudonym, 'Een ander verhaal.');
  const worker = await clientFor(t.app, db, people.worker.id);
  return { projectId, people, partner, address, household, neighbour, visits, signal, registrations, worker };
}

async function request(worker: TestClient, projectId: string, householdId: string, kind: string, receivedOn = todayInAmsterdam()) {
  const made = await worker.post(`/api/projects/${projectId}/households/${householdId}/resident-requests`, { kind, receivedOn });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { id: string }).id;
}
const complete = (worker: TestClient, projectId: string, requestId: string, body: object = {}) =>
  worker.post(`/api/projects/${projectId}/resident-requests/${requestId}/complete`, body);

describe("residents' rights: access and erasure (acceptance 2)", () => {
  it('exports everything on the household, then erases its identity so its registrations count on but join to no address', async () => {
    const w = await newResidentWorld();
    const db = t.database.db;

    // Access (art. 15): the JSON export holds the contact data, visits, signal, action, referral, talent card and both registrations.
    const accessId = await request(w.worker, w.projectId, w.household.id, 'access');
    const exported = await w.worker.get(`/api/projects/${w.projectId}/resident-requests/${accessId}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    const data = exported.json() as HouseholdExport;
    expect(data.contact).toEqual({ name: 'Familie Verhoeven', phone: '06 1111 2222', email: 'verhoeven@example.nl' });
    expect(data.household).toMatchObject({ address: 'Spoorstraat 12, 6538 AB Nijmegen', practicalNeeds: 'Hulp bij inpakken', noContact: false });
    expect(data.visits.map((v) => v.kind)).toEqual(['joint_intake', 'follow_up']);
    expect(data.registrations.map((r) => r.id).sort()).toEqual(w.registrations.map((r) => r.id).sort());
    expect(JSON.stringify(data.registrations)).toContain('moestuin');
    expect(JSON.stringify(data.registrations)).not.toContain('Een ander verhaal');
    expect(data.signals.map((s) => s.description)).toEqual(['Zorgen over de energierekening.']);
    expect(data.actions.map((a) => a.title)).toEqual(['Energietoeslag aanvragen']);
    expect(data.referrals).toEqual([
      expect.objectContaining({ partner: w.partner.name, share: ['name', 'phone'], question: 'Hulp bij de administratie van Verhoeven.' }),
    ]);
    expect(data.talentCard).toMatchObject({ contactName: 'Mevrouw Verhoeven', gives: 'breien', matches: 1 });

    // The same as a PDF for the resident, laid out off the event loop.
    const pdf = await pdfText(w.worker, `/api/projects/${w.projectId}/resident-requests/${accessId}/export/pdf`);
    for (const text of ['Familie Verhoeven', 'Buurtteam Oost', 'moestuin', 'Energietoeslag aanvragen', 'breien']) expect(pdf.text).toContain(text);
    expect((await complete(w.worker, w.projectId, accessId)).statusCode).toBe(200);
    expect((await complete(w.worker, w.projectId, accessId)).statusCode).toBe(409);

    // The picture as the team reads it: its counts, and the pooled open answers of one category.
    const overview = async () => {
      const response = await w.worker.get(`/api/projects/${w.projectId}/picture/overview`);
      expect(response.statusCode, response.body).toBe(200);
      const texts = await w.worker.get(`/api/projects/${w.projectId}/picture/texts?category=person_opportunities&limit=500`);
      expect(texts.statusCode, texts.body).toBe(200);
      return { registrations: (response.json() as { registrations: number }).registrations, texts: (texts.json() as { texts: { text: string }[] }).texts };
    };
    const before = await overview();
    expect(before.registrations).toBe(3);

    // Erasure (art. 17).
    const erasureId = await request(w.worker, w.projectId, w.household.id, 'erasure');
    expect((await complete(w.worker, w.projectId, erasureId)).statusCode).toBe(200);

    // The registrations' content still counts in the picture.
    const after = await overview();
    expect(after.registrations).toBe(3);
    expect(after.texts.map((o) => o.text).sort()).toEqual(before.texts.map((o) => o.text).sort());
    expect(before.texts.length).toBeGreaterThan(0);

    // No query joins them to the address any more: not through the pseudonym, nor through any household.
    const ids = w.registrations.map((r) => r.id);
    const { rows: joined } = await sql<{ n: number }>`
      select count(*)::int as n from registrations r
      join households h on h.pseudonym = r.household_key
      join addresses a on a.id = h.address_id
      where r.id = any(${ids}::uuid[])`.execute(db);
    expect(joined[0]!.n).toBe(0);
    const { rows: anyHousehold } = await sql<{ n: number }>`
      select count(*)::int as n from registrations r where r.id = any(${ids}::uuid[])
        and (r.household_key in (select pseudonym from households) or r.household_key = ${w.household.pseudonym})`.execute(db);
    expect(anyHousehold[0]!.n).toBe(0);
    const { rows: signalJoined } = await sql<{ n: number }>`
      select count(*)::int as n from signals s join households h on h.pseudonym = s.household_key where s.id = ${w.signal.id}`.execute(db);
    expect(signalJoined[0]!.n).toBe(0);
    // The two registrations still belong together (one household in the counts), under a key that names no one.
    const keys = await db.selectFrom('registrations').where('id', 'in', ids).select('household_key').distinct().execute();
    expect(keys).toHaveLength(1);

    // Nor through the audit log: the reads of the picture's texts named the household before the
    // erasure (with the registrations shown) and name it no more; the entries themselves stay.
    const textReads = await db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'registration')
      .where('action', '=', 'read')
      .select(['household_ids'])
      .execute();
    expect(textReads.length).toBeGreaterThan(0);
    expect(textReads.some((r) => r.household_ids?.includes(w.household.id))).toBe(false);
    expect(textReads.some((r) => r.household_ids?.includes(w.neighbour.id))).toBe(true);
    // The log stays append-only outside an erasure.
    await expect(sql`update audit_log set household_ids = '{}' where project_id = ${w.projectId}`.execute(db)).rejects.toThrow(/append-only/);

    // The identity is gone; the neighbour's stays.
    const household = await db.selectFrom('households').where('id', '=', w.household.id).selectAll().executeTakeFirstOrThrow();
    expect(household.pseudonym).not.toBe(w.household.pseudonym);
    expect(household.identity_erased_at).not.toBeNull();
    expect(household.practical_needs).toBe('');
    expect(await db.selectFrom('household_contacts').where('household_id', '=', w.household.id).select(['name', 'phone', 'email']).executeTakeFirst()).toEqual({
      name: '',
      phone: '',
      email: '',
    });
    expect(await db.selectFrom('talent_cards').where('household_id', '=', w.household.id).select('id').execute()).toEqual([]);
    expect(await db.selectFrom('talent_matches').where('project_id', '=', w.projectId).select('id').execute()).toEqual([]);
    expect(await db.selectFrom('referrals').where('household_id', '=', w.household.id).select('id').execute()).toEqual([]);
    expect((await db.selectFrom('talent_cards').where('household_id', '=', w.neighbour.id).select('id').execute()).length).toBe(1);

    // A later access request finds nothing more tied to the household.
    const again = await request(w.worker, w.projectId, w.household.id, 'access');
    const empty = (await w.worker.get(`/api/projects/${w.projectId}/resident-requests/${again}/export`)).json() as HouseholdExport;
    expect({ registrations: empty.registrations, signals: empty.signals, referrals: empty.referrals, talentCard: empty.talentCard }).toEqual({
      registrations: [],
      signals: [],
      referrals: [],
      talentCard: null,
    });
    expect(empty.contact).toEqual({ name: '', phone: '', email: '' });

    // The audit log records both requests: made and carried out, with what the erasure removed.
    const audit = await db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'resident_request')
      .where('action', '<>', 'read')
      .select(['action', 'resource_id', 'details', 'household_ids'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.resource_id, a.details.kind])).toEqual([
      ['create', accessId, 'access'],
      ['complete', accessId, 'access'],
      ['create', erasureId, 'erasure'],
      ['complete', erasureId, 'erasure'],
      ['create', again, 'access'],
    ]);
    expect(audit.every((a) => a.household_ids?.includes(w.household.id))).toBe(true);
    expect(audit[3]!.details.erased).toEqual({ contacts: 1, householdNotes: 1, talentCards: 1, talentMatches: 1, referrals: 1, surveyLinks: 0, pseudonyms: 1 });
    const exportReads = await db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'household_export')
      .select('resource_id')
      .execute();
    expect(exportReads.map((r) => r.resource_id)).toEqual([accessId, accessId, again]);
    // The log never keeps the contact data it was asked about.
    expect(JSON.stringify(audit)).not.toContain('Verhoeven');
  });
});

describe("residents' rights: requests, rectification and objection", () => {
  it("shows a registration's answers in the access PDF under the question of its form version, in the PDF's language", async () => {
    const w = await newResidentWorld();
    await newRegistration(w.projectId, w.household.pseudonym, 'Met antwoorden.', { neighbourhood_satisfaction: 4, gone_question: 'ja' });
    const accessId = await request(w.worker, w.projectId, w.household.id, 'access');
    const url = `/api/projects/${w.projectId}/resident-requests/${accessId}/export/pdf`;
    const dutch = await pdfText(w.worker, url);
    expect(dutch.text).toContain('Hoe tevreden bent u over de buurt?: 4');
    expect(dutch.text).not.toContain('neighbourhood_satisfaction');
    // A key the version does not know stays a key.
    expect(dutch.text).toContain('gone_question: ja');
    const english = await pdfText(await clientFor(t.app, t.database.db, w.people.worker.id, 'en'), url);
    expect(english.text).toContain('How satisfied are you with the neighbourhood?: 4');
  });

  it('lists requests per project with due date one month on, and shows an open one past it as overdue', async () => {
    const w = await newResidentWorld();
    const longAgo = addMonths(todayInAmsterdam(), -2);
    const late = await request(w.worker, w.projectId, w.household.id, 'access', longAgo);
    const fresh = await request(w.worker, w.projectId, w.neighbour.id, 'objection');
    const list = (query = '') => w.worker.get(`/api/projects/${w.projectId}/resident-requests${query}`).then((r) => r.json() as ResidentRequestList);
    const all = await list();
    expect(all).toMatchObject({ total: 2, overdue: 1, page: 1 });
    expect(all.requests.map((r) => [r.id, r.dueOn, r.overdue, r.address])).toEqual([
      [late, addMonths(longAgo, 1), true, 'Spoorstraat 12'],
      [fresh, addMonths(todayInAmsterdam(), 1), false, expect.any(String)],
    ]);
    const paged = await list('?pageSize=1&page=2');
    expect(paged.requests.map((r) => r.id)).toEqual([fresh]);
    expect((await list(`?householdId=${w.household.id}`)).requests.map((r) => r.id)).toEqual([late]);
    expect((await complete(w.worker, w.projectId, late)).statusCode).toBe(200);
    expect((await list()).overdue).toBe(0);
    const bad = await w.worker.post(`/api/projects/${w.projectId}/households/${w.household.id}/resident-requests`, {
      kind: 'forget',
      receivedOn: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/kind|receivedOn/);
  });

  it('corrects the contact data on a rectification, refusing malformed data and changing nothing', async () => {
    const w = await newResidentWorld();
    const id = await request(w.worker, w.projectId, w.household.id, 'rectification');
    expect((await complete(w.worker, w.projectId, id)).statusCode).toBe(400);
    expect((await complete(w.worker, w.projectId, id, { contact: { name: 'Fam. Verhoeven-Bakker', phone: 'geen', email: 'x' } })).statusCode).toBe(400);
    const contact = () => w.worker.get(`/api/projects/${w.projectId}/households/${w.household.id}/contact`).then((r) => r.json());
    expect(await contact()).toMatchObject({ name: 'Familie Verhoeven' });
    const done = await complete(w.worker, w.projectId, id, { contact: { name: 'Fam. Verhoeven-Bakker', phone: '06 3333 4444', email: 'vb@example.nl' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(await contact()).toMatchObject({ name: 'Fam. Verhoeven-Bakker', phone: '06 3333 4444', email: 'vb@example.nl' });
  });

  it('leaves a household that objected out of visit planning, letters, talent matching and survey links', async () => {
    const w = await newResidentWorld();
    const db = t.database.db;
    const id = await request(w.worker, w.projectId, w.household.id, 'objection');
    expect((await complete(w.worker, w.projectId, id)).statusCode).toBe(200);
    const privacy = await w.worker.get(`/api/projects/${w.projectId}/households/${w.household.id}/privacy`);
    expect(privacy.json()).toMatchObject({ noContact: true, identityErasedAt: null });

    const planned = await w.worker.post(`/api/projects/${w.projectId}/visits`, {
      addressId: w.address.id,
      kind: 'follow_up',
      startsAt: '2027-01-12T10:00',
      durationMinutes: 60,
      visitorIds: [w.people.worker.id],
      note: '',
    });
    expect(planned.statusCode, planned.body).toBe(400);
    expect(planned.body).toContain('geen contact');

    const otherHome = await newAddress(db, w.projectId);
    await newHousehold(db, otherHome.id);
    const otherVisit = await newVisit(db, w.projectId, otherHome.id);
    const leader = await clientFor(t.app, db, w.people.leader.id);
    const letters = await leader.post(`/api/projects/${w.projectId}/letters`, { visitIds: [w.visits[0]!.id, otherVisit.id] });
    expect(letters.statusCode, letters.body).toBe(201);
    expect(letters.json()).toMatchObject({ total: 1 });
    const onlyObjecting = await leader.post(`/api/projects/${w.projectId}/letters`, { visitIds: [w.visits[1]!.id] });
    expect(onlyObjecting.statusCode).toBe(400);

    const candidates = await createTalentRepository(db).consenting(w.projectId);
    expect(candidates.map((c) => c.householdId)).toEqual([w.neighbour.id]);

    const round = await newSurveyRound(db, w.projectId);
    const forRound = await createSurveyRepository(db).householdsForRound(w.projectId, null);
    expect(forRound.map((h) => h.householdId)).not.toContain(w.household.id);
    expect(forRound.map((h) => h.householdId)).toContain(w.neighbour.id);
    expect(round.id).toBeTruthy();
  });

  it("answers 404 for another project's household or request", async () => {
    const w = await newResidentWorld();
    const other = await newResidentWorld();
    const foreign = await request(other.worker, other.projectId, other.household.id, 'access');
    expect(
      (await w.worker.post(`/api/projects/${w.projectId}/households/${other.household.id}/resident-requests`, { kind: 'access', receivedOn: '2026-11-02' }))
        .statusCode,
    ).toBe(404);
    expect((await w.worker.get(`/api/projects/${w.projectId}/resident-requests/${foreign}/export`)).statusCode).toBe(404);
    expect((await complete(w.worker, w.projectId, foreign)).statusCode).toBe(404);
  });
});
