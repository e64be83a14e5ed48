import { createIdentifyingChecker } from '@thuis/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject, newUser } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { buildIdentifyingChecker, identifyingChecker } from './identifying-checker.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

const matches = async (projectId: string, text: string, team = true) =>
  (await identifyingChecker(t.database.db, projectId, { team })).find(text).map((d) => d.match);

describe('the identifying check kept per project', () => {
  it('is built once and follows every change of residents, streets and team, whoever makes it', async () => {
    const db = t.database.db;
    const { projectId } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' } });
    const first = await identifyingChecker(db, projectId);
    expect(await identifyingChecker(db, projectId)).toBe(first);
    expect(await matches(projectId, 'de pietersens en Wolfskuil 3')).toEqual([]);

    // A resident moves in on a new street (written straight to the database, as an import does).
    const home = await newAddress(db, projectId, { street: 'Wolfskuil', houseNumber: 3 });
    const household = await newHousehold(db, home.id, { name: 'Fam. Pietersen' });
    expect(await matches(projectId, 'de pietersens en Wolfskuil 3')).toEqual(['pietersens', 'Wolfskuil 3']);
    // The contact's name changes; the old name is no longer known.
    await db.updateTable('household_contacts').set({ name: 'Kees Klaassen' }).where('household_id', '=', household.id).execute();
    expect(await matches(projectId, 'pietersen en klaassen')).toEqual(['klaassen']);
    // The household leaves the project.
    await db.deleteFrom('households').where('id', '=', household.id).execute();
    expect(await matches(projectId, 'klaassen')).toEqual([]);

    // The team: a new member, and a member's new name; without the team, team names are allowed.
    const user = await newUser(db, { name: 'Henk Timmermans' });
    await db.insertInto('project_members').values({ project_id: projectId, user_id: user.id, role: 'housing_consultant' }).execute();
    expect(await matches(projectId, 'timmermans komt')).toEqual(['timmermans']);
    expect(await matches(projectId, 'timmermans komt', false)).toEqual([]);
    await db.updateTable('users').set({ display_name: 'Henk Verhoeven' }).where('id', '=', user.id).execute();
    expect(await matches(projectId, 'timmermans en verhoeven')).toEqual(['verhoeven']);
  });
});

/** A project with a social team, a contractor, debt help as partner, and the Jansens at Lankforst 8. */
async function newWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    builder: { type: 'contractor', role: 'site_manager' },
    debtHelp: { type: 'care_partner', role: 'partner_contact', name: 'Dirk Schuldhulp' },
  });
  const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 8 });
  const household = await newHousehold(db, home.id, { name: 'Fam. Jansen' });
  const worker = await clientFor(t.app, db, people.worker.id);
  return { projectId, people, home, household, worker, english: await clientFor(t.app, db, people.worker.id, 'en') };
}

describe('free texts that reach the contractor or a partner pass the identifying check at every write', () => {
  it('refuses a visit note naming a resident when the visit is planned and when it is moved; the visitors may be named', async () => {
    const { projectId, people, home, worker, english } = await newWorld();
    const visit = { addressId: home.id, kind: 'joint_intake', startsAt: '2026-03-02T10:00', visitorIds: [people.worker.id, people.builder.id] };
    const planned = await worker.post(`/api/projects/${projectId}/visits`, { ...visit, note: 'De jansens vragen naar hun kenteken 12-ABC-3.' });
    expect(planned.statusCode).toBe(400);
    expect(planned.json().fields).toEqual([
      { path: 'note', message: 'Toelichting: hierin staat iets waaraan iemand te herkennen is ("jansens", "12-ABC-3"); schrijf het anders op.' },
    ]);
    expect(await t.database.db.selectFrom('visits').where('project_id', '=', projectId).select('id').execute()).toEqual([]);

    const ok = await worker.post(`/api/projects/${projectId}/visits`, { ...visit, note: 'Sanne neemt de sleutel mee.' });
    expect(ok.statusCode, ok.body).toBe(201);
    const moved = await english.put(`/api/projects/${projectId}/visits/${ok.json().id}`, {
      ...visit,
      startsAt: '2026-03-03T10:00',
      note: 'Mevr. Jansen is doof.',
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().fields[0]).toEqual({ path: 'note', message: expect.stringContaining('someone can be recognised ("Mevr. Jansen")') });
    expect((await t.database.db.selectFrom('visits').where('id', '=', ok.json().id).select(['note', 'starts_at']).executeTakeFirstOrThrow()).note).toBe(
      'Sanne neemt de sleutel mee.',
    );
  });

  it('refuses social-team notes naming a resident and keeps the old notes', async () => {
    const { projectId, worker } = await newWorld();
    expect((await worker.put(`/api/projects/${projectId}/social-notes`, { text: 'Overleg op dinsdag.' })).statusCode).toBe(200);
    const refused = await worker.put(`/api/projects/${projectId}/social-notes`, { text: 'Overleg op dinsdag. Let op bij jansen: BSN 123456782.' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      { path: 'text', message: 'Tekst: hierin staat iets waaraan iemand te herkennen is ("jansen", "123456782"); schrijf het anders op.' },
    ]);
    expect((await worker.get(`/api/projects/${projectId}/social-notes`)).json().text).toBe('Overleg op dinsdag.');
  });

  it('refuses a referral question the partner would read with a name or numbers in it, and stores nothing', async () => {
    const { projectId, people, household, worker } = await newWorld();
    const referral = { householdId: household.id, partnerId: people.debtHelp.organisationId, consentGiven: true, consentGivenOn: '2026-01-05', share: [] };
    const refused = await worker.post(`/api/projects/${projectId}/referrals`, { ...referral, question: 'Jansen wil hulp; rekening NL20INGB0001234567.' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([{ path: 'question', message: expect.stringContaining('("Jansen", "NL20INGB0001234567")') }]);
    expect(await t.database.db.selectFrom('referrals').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
    expect((await worker.post(`/api/projects/${projectId}/referrals`, { ...referral, question: 'Wil hulp bij de rekeningen.' })).statusCode).toBe(201);
  });

  it('refuses practical needs shared with the contractor that name the household, also a new one', async () => {
    const { projectId, home, household, worker } = await newWorld();
    const input = {
      language: 'nl',
      movedInOn: null,
      movedOutOn: null,
      shareNeedsWithContractor: true,
      contactName: 'Fam. Jansen',
      contactPhone: '',
      contactEmail: '',
    };
    const changed = await worker.put(`/api/projects/${projectId}/households/${household.id}`, {
      ...input,
      movedInOn: '2015-05-01',
      practicalNeeds: 'Meneer jansen (geb. 3 april 1940) gebruikt een rolstoel.',
    });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().fields[0].path).toBe('practicalNeeds');
    const other = await newAddress(t.database.db, projectId, { street: 'Lankforst', houseNumber: 9 });
    const added = await worker.post(`/api/projects/${projectId}/addresses/${other.id}/households`, {
      ...input,
      contactName: 'Ayse Demir',
      practicalNeeds: 'Ayse heeft hulp nodig bij het inpakken.',
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().fields).toEqual([{ path: 'practicalNeeds', message: expect.stringContaining('("Ayse")') }]);
    expect((await t.database.db.selectFrom('households').where('address_id', '=', other.id).select('id').execute()).length).toBe(0);
    // Needs the resident keeps from the contractor stay with the social team and are not checked here.
    expect(
      (
        await worker.post(`/api/projects/${projectId}/addresses/${home.id}/households`, {
          ...input,
          movedInOn: '2001-01-01',
          movedOutOn: '2010-01-01',
          shareNeedsWithContractor: false,
          practicalNeeds: 'Ayse helpt.',
        })
      ).statusCode,
    ).toBe(201);
  });
});

const first = ['Ayse', 'Mehmet', 'Fatima', 'Anna', 'Piet', 'Kees', 'Wilma', 'Henk', 'Sanne', 'Noor'];
const starts = ['Ber', 'Dek', 'Hoo', 'Jan', 'Kla', 'Mul', 'Pie', 'Ver', 'Wil', 'Zui'];
const ends = ['man', 'sma', 'ink', 'dijk', 'veld', 'stra', 'ong', 'hof', 'aar', 'ert'];
/** 10.000 residents' names, as in a large project. */
const knownNames = Array.from({ length: 10_000 }, (_, i) => `${first[i % 10]} ${starts[Math.floor(i / 10) % 10]}${ends[Math.floor(i / 100) % 10]}${i}`);
const knownStreets = ['Berkenlaan', 'Hoofdstraat', 'Van Welderenstraat'];

describe('building the identifying-details checker of a large project', () => {
  it('gives the event loop back while it builds, instead of holding it for the whole build', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // Slices of no time at all: a turn after every hundred names, however fast the machine.
    const checker = await buildIdentifyingChecker({ knownNames, knownStreets }, { sliceMs: 0 });
    ticking = false;
    // Built in one piece, nothing else would have had a turn before the checker was there.
    expect(turns).toBeGreaterThanOrEqual(50);
    expect(checker.find('Ik sprak Piet Dekman0 en de familie Hoofdstraat 12 nog niet.').length).toBeGreaterThan(0);
  });

  it('finds what the checker built in one piece finds', async () => {
    const texts = [
      'De familie Janink25 heeft hulp nodig bij de tuin.',
      'Buurvrouw Noor vertelde over de Berkenlaan 3.',
      'Mevrouw Ayse Berman0 wil meedoen met de moestuin.',
      'Er is veel overlast van geluid in het portiek.',
    ];
    const sliced = await buildIdentifyingChecker({ knownNames, knownStreets });
    const whole = createIdentifyingChecker({ knownNames, knownStreets });
    for (const text of texts) expect(sliced.find(text)).toEqual(whole.find(text));
  });
});
