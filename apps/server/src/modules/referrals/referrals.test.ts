import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { newAddress, newBuilding, newBuildingPhase, newHousehold, newOrganisation, newReferral, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

/** A project with a social team, debt help and the neighbourhood team as partners, and one household. */
async function newReferralWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    leader: { type: 'corporation', role: 'project_leader' },
    builder: { type: 'contractor', role: 'site_manager' },
    debtHelp: { type: 'care_partner', role: 'partner_contact', name: 'Dirk Schuldhulp' },
    neighbourhoodTeam: { type: 'neighbourhood_team', role: 'partner_contact', name: 'Bea Buurtteam' },
  });
  const phase = await newBuildingPhase(db, projectId, { name: 'Bouwfase 1' });
  const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 8, buildingPhaseId: phase.id });
  const household = await newHousehold(db, home.id, { name: 'Fam. Bakker', phone: '024 123 45 67', email: 'bakker@example.nl' });
  const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id, people.builder.id], outcome: 'completed_with_conversation' });
  const clients = {
    worker: await clientFor(t.app, db, people.worker.id),
    leader: await clientFor(t.app, db, people.leader.id),
    builder: await clientFor(t.app, db, people.builder.id),
    debtHelp: await clientFor(t.app, db, people.debtHelp.id),
    neighbourhoodTeam: await clientFor(t.app, db, people.neighbourhoodTeam.id),
  };
  return { projectId, people, phase, home, household, visit, clients };
}

/** Audit entries of reads that showed the referral: a list read is one entry naming every referral it showed. */
const auditReads = (projectId: string, referralId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', 'referral')
    .where(sql<boolean>`details -> 'ids' @> ${JSON.stringify([referralId])}::jsonb`)
    .where('action', '=', 'read')
    .select(['actor_user_id as actorUserId', 'details'])
    .execute();

describe('referrals with consent', () => {
  it('takes a care signal from a visit to debt help with consent; debt help sees only what was consented, accepts and completes', async () => {
    const { projectId, people, visit, clients } = await newReferralWorld();
    const signal = await clients.worker.post(`/api/projects/${projectId}/signals`, {
      category: 'care',
      subject: 'financial',
      visitId: visit.id,
      description: 'Maakt zich zorgen over oplopende schulden.',
    });
    expect(signal.statusCode).toBe(201);

    const made = await clients.worker.post(`/api/projects/${projectId}/referrals`, {
      signalId: signal.json().id,
      partnerId: people.debtHelp.organisationId,
      question: 'Wil graag hulp bij het op orde brengen van de rekeningen.',
      consentGiven: true,
      consentGivenOn: '2026-11-20',
      share: ['name', 'phone', 'signal'],
    });
    expect(made.statusCode, made.body).toBe(201);
    const referral = made.json();
    expect(referral).toMatchObject({
      status: 'sent',
      partnerName: expect.any(String),
      addressLabel: 'Lankforst 8',
      consentRecordedByName: 'Sanne Opbouw',
      share: ['name', 'phone', 'signal'],
    });

    const inbox = await clients.debtHelp.get(`/api/projects/${projectId}/referral-inbox`);
    expect(inbox.statusCode).toBe(200);
    const [item] = inbox.json().items;
    expect(item).toMatchObject({
      id: referral.id,
      status: 'sent',
      question: 'Wil graag hulp bij het op orde brengen van de rekeningen.',
      consentWithdrawn: false,
      referredByName: 'Sanne Opbouw',
      shared: { name: 'Fam. Bakker', phone: '024 123 45 67', signal: 'Maakt zich zorgen over oplopende schulden.' },
    });
    // Not consented: the address and e-mail never leave the team.
    expect(inbox.body).not.toContain('bakker@example.nl');
    expect(inbox.body).not.toContain('Lankforst');
    expect((await auditReads(projectId, referral.id)).filter((r) => r.actorUserId === people.debtHelp.id)).toEqual([
      {
        actorUserId: people.debtHelp.id,
        details: {
          count: 1,
          ids: [referral.id],
          fields: ['question', 'name', 'phone', 'signal'],
          fieldsById: { [referral.id]: ['question', 'name', 'phone', 'signal'] },
          filter: { sort: 'newest' },
          page: { limit: 25, after: null },
        },
      },
    ]);

    // The other partner sees nothing of it and cannot act on it.
    const otherInbox = await clients.neighbourhoodTeam.get(`/api/projects/${projectId}/referral-inbox`);
    expect(otherInbox.json().items).toEqual([]);
    expect(otherInbox.body).not.toContain('Bakker');
    expect((await clients.neighbourhoodTeam.post(`/api/projects/${projectId}/referral-inbox/${referral.id}/response`, { decision: 'accept' })).statusCode).toBe(
      404,
    );

    const outOfOrder = await clients.debtHelp.post(`/api/projects/${projectId}/referral-inbox/${referral.id}/outcome`, { outcome: 'helped', note: '' });
    expect(outOfOrder.statusCode).toBe(400);
    expect(outOfOrder.json().message).toContain('verstuurd');

    expect((await clients.debtHelp.post(`/api/projects/${projectId}/referral-inbox/${referral.id}/response`, { decision: 'accept' })).json().status).toBe(
      'accepted',
    );
    const done = await clients.debtHelp.post(`/api/projects/${projectId}/referral-inbox/${referral.id}/outcome`, {
      outcome: 'helped',
      note: 'Budgetplan gemaakt.',
    });
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'helped', outcomeNote: 'Budgetplan gemaakt.' });

    // The referring worker sees the response.
    const list = (await clients.worker.get(`/api/projects/${projectId}/referrals`)).json().items;
    expect(list).toEqual([
      expect.objectContaining({ id: referral.id, status: 'completed', outcome: 'helped', respondedAt: expect.any(String), completedAt: expect.any(String) }),
    ]);
    expect((await auditReads(projectId, referral.id)).some((r) => r.actorUserId === people.worker.id)).toBe(true);

    // The project leader reads in the audit log who saw the referral's personal data.
    const log = await clients.leader.get(`/api/projects/${projectId}/audit?resourceType=referral&resourceId=${referral.id}&action=read&limit=2`);
    expect(log.statusCode, log.body).toBe(200);
    const { entries, more } = log.json();
    expect(entries).toHaveLength(2);
    expect(more).toBe(true);
    expect(entries[0]).toMatchObject({
      actorName: 'Sanne Opbouw',
      action: 'read',
      resourceType: 'referral',
      details: { count: 1, ids: [referral.id], fields: ['address', 'question'] },
    });
    const older = (
      await clients.leader.get(`/api/projects/${projectId}/audit?resourceType=referral&resourceId=${referral.id}&action=read&before=${entries[1].id}`)
    ).json();
    expect(older.entries.map((e: { actorName: string }) => e.actorName)).toContain('Dirk Schuldhulp');
    expect(older.entries.every((e: { id: string }) => Number(e.id) < Number(entries[1].id))).toBe(true);
  });

  it('hides the shared information from the partner at once when consent is withdrawn', async () => {
    const { projectId, people, household, home, clients } = await newReferralWorld();
    const referral = await newReferral(t.database.db, projectId, household.id, people.debtHelp.organisationId, {
      share: ['name', 'address', 'phone'],
      status: 'accepted',
    });
    const handover = await newVisit(t.database.db, projectId, home.id, {
      kind: 'final_visit',
      startsAt: new Date(Date.now() + 14 * 86_400_000),
      visitorIds: [people.worker.id, people.debtHelp.id],
    });
    expect((await clients.debtHelp.get(`/api/projects/${projectId}/referral-inbox`)).body).toContain('Fam. Bakker');

    const withdrawn = await clients.worker.post(`/api/projects/${projectId}/referrals/${referral.id}/withdraw-consent`, { note: 'Bewoner belde af.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', consentWithdrawnAt: expect.any(String), consentWithdrawnByName: 'Sanne Opbouw' });

    const readsBefore = (await auditReads(projectId, referral.id)).length;
    const inbox = await clients.debtHelp.get(`/api/projects/${projectId}/referral-inbox`);
    expect(inbox.json().items).toEqual([
      expect.objectContaining({ id: referral.id, consentWithdrawn: true, shared: null, question: null, handoverVisits: [] }),
    ]);
    for (const secret of ['Fam. Bakker', 'Lankforst', '024 123 45 67', 'ordenen van de post']) expect(inbox.body).not.toContain(secret);
    // Nothing personal was shown, so nothing was read.
    expect(await auditReads(projectId, referral.id)).toHaveLength(readsBefore);
    // The partner is taken off the hand-over visit still to come, and can no longer act.
    expect(await t.database.db.selectFrom('visit_visitors').where('visit_id', '=', handover.id).select('user_id').execute()).toEqual([
      { user_id: people.worker.id },
    ]);
    expect((await clients.debtHelp.post(`/api/projects/${projectId}/referral-inbox/${referral.id}/outcome`, { outcome: 'helped', note: '' })).statusCode).toBe(
      400,
    );
    expect((await clients.worker.post(`/api/projects/${projectId}/referrals/${referral.id}/withdraw-consent`, { note: '' })).statusCode).toBe(400);
  });

  it('refuses a referral without consent, to an organisation outside the catalogue, or with consent in the future, and stores nothing', async () => {
    const { projectId, people, household, clients } = await newReferralWorld();
    const stranger = await newOrganisation(t.database.db, { type: 'care_partner' });
    const base = {
      householdId: household.id,
      partnerId: people.debtHelp.organisationId,
      question: 'Hulp bij formulieren.',
      consentGiven: true,
      consentGivenOn: '2026-11-01',
      share: [],
    };
    const noConsent = await clients.worker.post(`/api/projects/${projectId}/referrals`, { ...base, consentGiven: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().fields).toEqual([expect.objectContaining({ path: 'consentGiven' })]);
    const outside = await clients.worker.post(`/api/projects/${projectId}/referrals`, { ...base, partnerId: stranger.id, consentGivenOn: '2099-01-01' });
    expect(
      outside
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['consentGivenOn', 'partnerId']);
    const contractorAsPartner = await clients.worker.post(`/api/projects/${projectId}/referrals`, { ...base, partnerId: people.builder.organisationId });
    expect(contractorAsPartner.json().fields[0].path).toBe('partnerId');
    expect(await t.database.db.selectFrom('referrals').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
    // The contractor and partners make no referrals.
    expect((await clients.builder.post(`/api/projects/${projectId}/referrals`, base)).statusCode).toBe(404);
    expect((await clients.debtHelp.get(`/api/projects/${projectId}/referrals`)).statusCode).toBe(404);
  });

  it('lets a final visit take along the partner the household was referred to, once it accepted (warm hand-over)', async () => {
    const { projectId, people, household, home, clients } = await newReferralWorld();
    const plan = () =>
      clients.worker.post(`/api/projects/${projectId}/visits`, {
        addressId: home.id,
        kind: 'final_visit',
        startsAt: '2027-03-02T10:00',
        durationMinutes: 60,
        visitorIds: [people.worker.id, people.debtHelp.id],
      });
    const referral = await newReferral(t.database.db, projectId, household.id, people.debtHelp.organisationId, { status: 'sent' });
    expect((await plan()).json().fields[0].path).toBe('visitorIds.1');
    await t.database.db.updateTable('referrals').set({ status: 'accepted' }).where('id', '=', referral.id).execute();
    const planned = await plan();
    expect(planned.statusCode, planned.body).toBe(201);
    const inbox = (await clients.debtHelp.get(`/api/projects/${projectId}/referral-inbox`)).json().items;
    expect(inbox[0].handoverVisits).toEqual([{ startsAt: '2027-03-02T10:00', endsAt: '2027-03-02T11:00', visitorNames: ['Dirk Schuldhulp', 'Sanne Opbouw'] }]);
    // Another partner without a referral there cannot be taken along.
    const other = await clients.worker.post(`/api/projects/${projectId}/visits`, {
      addressId: home.id,
      kind: 'final_visit',
      startsAt: '2027-03-03T10:00',
      durationMinutes: 60,
      visitorIds: [people.worker.id, people.neighbourhoodTeam.id],
    });
    expect(other.statusCode).toBe(400);
  });
});

describe('referral report', () => {
  it('counts per building phase and for the project, as number and percentage of households spoken to', async () => {
    const db = t.database.db;
    const { projectId, people, phase, household, clients } = await newReferralWorld();
    const phase2 = await newBuildingPhase(db, projectId, { name: 'Bouwfase 2' });
    // Phase 1: the world's home plus three more spoken to; phase 2: two homes, one spoken to.
    const households = [household];
    for (let i = 0; i < 3; i++) {
      const address = await newAddress(db, projectId, { buildingPhaseId: phase.id });
      households.push(await newHousehold(db, address.id));
      await newVisit(db, projectId, address.id, { outcome: 'completed_with_conversation' });
    }
    const notSpoken = await newAddress(db, projectId, { buildingPhaseId: phase.id });
    await newVisit(db, projectId, notSpoken.id, { outcome: 'not_at_home' });
    const spoken2 = await newAddress(db, projectId, { buildingPhaseId: phase2.id });
    const household2 = await newHousehold(db, spoken2.id);
    await newVisit(db, projectId, spoken2.id, { outcome: 'completed_with_conversation' });
    await newAddress(db, projectId, { buildingPhaseId: phase2.id });

    await newReferral(db, projectId, households[0]!.id, people.debtHelp.organisationId, { status: 'completed' });
    await newReferral(db, projectId, households[0]!.id, people.neighbourhoodTeam.organisationId);
    await newReferral(db, projectId, households[1]!.id, people.debtHelp.organisationId, { status: 'declined' });
    await newReferral(db, projectId, household2.id, people.neighbourhoodTeam.organisationId);

    const report = await clients.leader.get(`/api/projects/${projectId}/referral-report?groupBy=building_phase`);
    expect(report.statusCode, report.body).toBe(200);
    const body = report.json();
    const debt = body.partners.findIndex((p: { id: string }) => p.id === people.debtHelp.organisationId);
    const team = body.partners.findIndex((p: { id: string }) => p.id === people.neighbourhoodTeam.organisationId);
    const row1 = body.rows.find((r: { name: string }) => r.name === 'Bouwfase 1');
    expect(row1).toMatchObject({ homes: 5, spokenTo: 4, total: { count: 3, percent: 75 }, householdsReferred: { count: 2, percent: 50 } });
    expect(row1.perPartner[debt]).toEqual({ partnerId: people.debtHelp.organisationId, count: 2, percent: 50 });
    expect(row1.perPartner[team]).toEqual({ partnerId: people.neighbourhoodTeam.organisationId, count: 1, percent: 25 });
    expect(body.rows.find((r: { name: string }) => r.name === 'Bouwfase 2')).toMatchObject({ homes: 2, spokenTo: 1, total: { count: 1, percent: 100 } });
    expect(body.total).toMatchObject({
      name: 'Hele project',
      homes: 7,
      spokenTo: 5,
      total: { count: 4, percent: 80 },
      householdsReferred: { count: 3, percent: 60 },
    });

    const csv = await clients.leader.get(`/api/projects/${projectId}/exports/referral-report?groupBy=building_phase&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const parsed = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);
    const header = parsed[0]!;
    expect(header.slice(0, 3)).toEqual(['Groep', 'Woningen', 'Gesproken']);
    const debtName = body.partners[debt].name;
    const projectRow = parsed.find((r) => r[0] === 'Hele project')!;
    expect(projectRow[header.indexOf(debtName)]).toBe('2');
    expect(projectRow[header.indexOf(`${debtName} (% van gesproken huishoudens)`)]).toBe('40');
    expect(projectRow[header.indexOf('Verwijzingen totaal (% van gesproken huishoudens)')]).toBe('80');

    expect((await clients.builder.get(`/api/projects/${projectId}/referral-report`)).statusCode).toBe(404);
    expect((await clients.debtHelp.get(`/api/projects/${projectId}/exports/referral-report?format=xlsx`)).statusCode).toBe(404);
  });
  it('labels the project row as the total, apart from the homes in no complex', async () => {
    const { projectId, people, clients } = await newReferralWorld();
    // No home is in a complex yet: the project total is the only row, and it says so.
    const ungrouped = (await clients.leader.get(`/api/projects/${projectId}/referral-report?groupBy=building`)).json();
    expect(ungrouped.rows).toEqual([]);
    expect(ungrouped.total).toMatchObject({ name: 'Hele project', homes: 1, spokenTo: 1 });
    const inEnglish = await clientFor(t.app, t.database.db, people.leader.id, 'en');
    const english = (await inEnglish.get(`/api/projects/${projectId}/referral-report?groupBy=building`)).json();
    expect(english.total.name).toBe('Whole project');

    const building = await newBuilding(t.database.db, projectId, 'A');
    await newAddress(t.database.db, projectId, { buildingId: building.id });
    const grouped = (await clients.leader.get(`/api/projects/${projectId}/referral-report?groupBy=building`)).json();
    expect(grouped.rows.map((r: { name: string; homes: number }) => [r.name, r.homes])).toEqual([
      ['A', 1],
      ['Niet ingedeeld', 1],
    ]);
    expect(grouped.total).toMatchObject({ name: 'Hele project', homes: 2 });
  });

  it('says what it counts and of what the percentages are, without the project’s own welfare organisation as a partner', async () => {
    const db = t.database.db;
    const { projectId, people, household, clients } = await newReferralWorld();
    // A chain partner nobody has been referred to yet still stands in the report: a column of zeros says something there.
    const workAndIncome = await newOrganisation(db, { name: 'Werk en Inkomen', type: 'municipality' });
    await db.insertInto('project_partners').values({ project_id: projectId, organisation_id: workAndIncome.id, part: 'chain' }).execute();
    await newReferral(db, projectId, household.id, people.debtHelp.organisationId);
    await newReferral(db, projectId, household.id, people.neighbourhoodTeam.organisationId);
    const welfare = people.worker.organisationId;
    const welfareName = (await db.selectFrom('organisations').where('id', '=', welfare).select('name').executeTakeFirstOrThrow()).name;

    const report = (await clients.leader.get(`/api/projects/${projectId}/referral-report`)).json();
    const partnerIds = report.partners.map((p: { id: string }) => p.id);
    expect(partnerIds).not.toContain(welfare);
    expect(partnerIds).toEqual(expect.arrayContaining([people.debtHelp.organisationId, people.neighbourhoodTeam.organisationId, workAndIncome.id]));
    expect(report.total).toMatchObject({ total: { count: 2, percent: 200 }, householdsReferred: { count: 1, percent: 100 } });

    for (const [locale, expected] of [
      [
        'nl',
        [
          'Verwijzingen totaal',
          'Verwijzingen totaal (% van gesproken huishoudens)',
          'Huishoudens doorverwezen',
          'Huishoudens doorverwezen (% van gesproken huishoudens)',
        ],
      ],
      [
        'en',
        ['Referrals in total', 'Referrals in total (% of households spoken to)', 'Households referred', 'Households referred (% of households spoken to)'],
      ],
    ] as const) {
      const client = await clientFor(t.app, db, people.leader.id, locale);
      const csv = await client.get(`/api/projects/${projectId}/exports/referral-report?format=csv`);
      const [header] = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
      expect(header!.slice(-4)).toEqual(expected);
      expect(header!.filter((h) => h.endsWith('(%)'))).toEqual([]);
      expect(header!.join(' ')).not.toContain(welfareName);
    }
  });
});
