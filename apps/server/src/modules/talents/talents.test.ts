import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuilding, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

/** A project with a community worker and a housing consultant, and households without cards yet. */
async function newTalentWorld(households = 3) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Sanne Opbouw' },
    consultant: { type: 'corporation', role: 'housing_consultant' },
  });
  const building = await newBuilding(db, projectId, 'B1');
  const homes = [];
  for (let i = 0; i < households; i++) {
    const address = await newAddress(db, projectId, {
      street: i % 2 ? 'Lankforst' : 'Spoorstraat',
      houseNumber: i + 1,
      buildingId: i === 0 ? building.id : null,
    });
    homes.push({ address, household: await newHousehold(db, address.id, { name: `Bewoner ${i}` }) });
  }
  const worker = await clientFor(t.app, db, people.worker.id);
  return { projectId, people, building, homes, worker };
}

const card = (householdId: string, overrides: Record<string, unknown> = {}) => ({
  householdId,
  contactName: 'Mevrouw Jansen',
  contactPhone: '06 1234 5678',
  contactEmail: 'jansen@example.nl',
  gives: 'Ik kan goed tuinieren',
  wishes: 'Iemand om mee te schaken',
  limits: 'Alleen overdag',
  consentGiven: true,
  consentGivenOn: '2026-11-01',
  ...overrides,
});
const match = (cardAId: string, cardBId: string, overrides: Record<string, unknown> = {}) => ({
  cardAId,
  cardBId,
  kind: 'shared_interest',
  consentA: true,
  consentAOn: '2026-11-02',
  consentB: true,
  consentBOn: '2026-11-03',
  followUpOn: '2026-12-15',
  note: 'Eerste kennismaking bij de koffiekar.',
  ...overrides,
});

async function makeCard(client: TestClient, projectId: string, body: Record<string, unknown>) {
  const response = await client.post(`/api/projects/${projectId}/talent-cards`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; householdId: string; contactName: string };
}

describe('talent cards', () => {
  it('makes a card with consent, finds it by talent, wish, street and building, and pages on the server', async () => {
    const { projectId, homes, building, worker } = await newTalentWorld(3);
    const made = await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus de Tuin' }));
    expect(made).toMatchObject({ contactName: 'Truus de Tuin', address: 'Spoorstraat 1', buildingCode: 'B1', openMatches: 0 });
    await makeCard(worker, projectId, card(homes[1]!.household.id, { contactName: 'Kees Kok', gives: 'Koken voor twee', wishes: 'Hulp in de tuin' }));

    const list = (query: string) =>
      worker
        .get(`/api/projects/${projectId}/talent-cards?${query}`)
        .then((r) => r.json() as { cards: { contactName: string }[]; total: number; streets: string[] });
    expect((await list('talent=tuin')).cards.map((c) => c.contactName)).toEqual(['Truus de Tuin']);
    expect((await list('wish=tuin')).cards.map((c) => c.contactName)).toEqual(['Kees Kok']);
    expect((await list('street=Lankforst')).cards.map((c) => c.contactName)).toEqual(['Kees Kok']);
    expect((await list(`buildingId=${building.id}`)).cards.map((c) => c.contactName)).toEqual(['Truus de Tuin']);
    const first = await list('limit=1');
    expect([first.total, first.cards.map((c) => c.contactName), first.streets]).toEqual([2, ['Kees Kok'], ['Lankforst', 'Spoorstraat']]);
    expect((await list('limit=1&offset=1')).cards.map((c) => c.contactName)).toEqual(['Truus de Tuin']);

    // One card per household; a second is refused.
    expect((await worker.post(`/api/projects/${projectId}/talent-cards`, card(homes[0]!.household.id))).statusCode).toBe(409);
    // Every list read is audited, naming the cards it showed.
    const reads = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('resource_type', '=', 'talent_card')
      .where('action', '=', 'read')
      .select('details')
      .execute();
    expect(reads.length).toBe(6);
  });

  it('refuses a card without consent and talents that name a neighbour, saying which field', async () => {
    const { projectId, homes, worker } = await newTalentWorld(2);
    const noConsent = await worker.post(`/api/projects/${projectId}/talent-cards`, card(homes[0]!.household.id, { consentGiven: false }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().fields.map((f: { path: string }) => f.path)).toEqual(['consentGiven']);
    const naming = await worker.post(`/api/projects/${projectId}/talent-cards`, card(homes[0]!.household.id, { gives: 'Help Bewoner 1 met boodschappen' }));
    expect(naming.statusCode).toBe(400);
    expect(naming.json().fields.map((f: { path: string }) => f.path)).toEqual(['gives']);
    // The contact fields are identity: a name there is what they are for.
    await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Bewoner 0' }));
    expect(await t.database.db.selectFrom('talent_cards').where('project_id', '=', projectId).select('id').execute()).toHaveLength(1);
  });

  it('holds no link to a registration or a pseudonymous key', async () => {
    const columns = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns where table_name in ('talent_cards', 'talent_matches')`.execute(t.database.db);
    expect(columns.rows.length).toBeGreaterThan(10);
    expect(columns.rows.filter((c) => /registration|pseudonym|household_key/.test(c.column_name))).toEqual([]);
  });
});

describe('matches', () => {
  it('records a match with both consents, shows overdue follow-ups and closes with an outcome', async () => {
    const { projectId, homes, worker } = await newTalentWorld(3);
    const a = await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus de Tuin', gives: 'tuinieren', wishes: 'schaken' }));
    const b = await makeCard(worker, projectId, card(homes[1]!.household.id, { contactName: 'Kees Kok', gives: 'schaken', wishes: 'tuinieren' }));
    const suggestions = await worker.get(`/api/projects/${projectId}/talent-cards/${a.id}/suggestions`);
    expect(suggestions.json().suggestions.map((s: { card: { id: string }; shared: string[] }) => [s.card.id, s.shared])).toEqual([
      [b.id, ['schaken', 'tuinieren']],
    ]);

    const made = await worker.post(`/api/projects/${projectId}/talent-matches`, match(a.id, b.id, { followUpOn: '2026-01-05' }));
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      kind: 'shared_interest',
      a: { contactName: 'Truus de Tuin', consentOn: '2026-11-02' },
      b: { contactName: 'Kees Kok', consentOn: '2026-11-03' },
      overdue: true,
      outcome: null,
    });
    const overdue = (await worker.get(`/api/projects/${projectId}/talent-matches?status=overdue`)).json();
    expect([overdue.total, overdue.overdue]).toEqual([1, 1]);
    expect((await worker.get(`/api/projects/${projectId}/talent-cards/${a.id}`)).json().openMatches).toBe(1);

    const matchId = made.json().id;
    const named = await worker.put(`/api/projects/${projectId}/talent-matches/${matchId}`, {
      followUpOn: null,
      note: 'Kees Kok komt dinsdag',
      outcome: null,
      outcomeNote: '',
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().fields.map((f: { path: string }) => f.path)).toEqual(['note']);
    const closed = await worker.put(`/api/projects/${projectId}/talent-matches/${matchId}`, {
      followUpOn: null,
      note: '',
      outcome: 'lasting_contact',
      outcomeNote: 'Schaken elke week samen.',
    });
    expect(closed.json()).toMatchObject({ outcome: 'lasting_contact', overdue: false });
    expect((await worker.get(`/api/projects/${projectId}/talent-matches`)).json().total).toBe(0);
    expect((await worker.get(`/api/projects/${projectId}/talent-matches?status=closed`)).json().total).toBe(1);
    expect(
      (await worker.put(`/api/projects/${projectId}/talent-matches/${matchId}`, { followUpOn: null, note: '', outcome: 'no_click', outcomeNote: '' }))
        .statusCode,
    ).toBe(400);
  });

  it('refuses a match note naming one of the two households, and a consent dated in the future', async () => {
    const { projectId, homes, worker } = await newTalentWorld(2);
    const a = await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus Tuinman' }));
    const b = await makeCard(worker, projectId, card(homes[1]!.household.id, { contactName: 'Kees Kok' }));
    const named = await worker.post(`/api/projects/${projectId}/talent-matches`, match(a.id, b.id, { note: 'Truus Tuinman helpt graag' }));
    expect(named.statusCode).toBe(400);
    expect(named.json().fields.map((f: { path: string }) => f.path)).toEqual(['note']);
    const future = await worker.post(`/api/projects/${projectId}/talent-matches`, match(a.id, b.id, { consentBOn: '2999-01-01' }));
    expect(future.json().fields.map((f: { path: string }) => f.path)).toEqual(['consentBOn']);
    expect(await t.database.db.selectFrom('talent_matches').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
  });

  it('hides a card and its open matches at once when consent is withdrawn, and audits the withdrawal', async () => {
    const { projectId, homes, worker, people } = await newTalentWorld(3);
    const a = await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus Weg' }));
    const b = await makeCard(worker, projectId, card(homes[1]!.household.id, { contactName: 'Kees Blijft' }));
    const c = await makeCard(worker, projectId, card(homes[2]!.household.id, { contactName: 'Ans Ook' }));
    expect((await worker.post(`/api/projects/${projectId}/talent-matches`, match(a.id, b.id))).statusCode).toBe(201);
    expect((await worker.post(`/api/projects/${projectId}/talent-matches`, match(b.id, c.id))).statusCode).toBe(201);

    const withdrawn = await worker.post(`/api/projects/${projectId}/talent-cards/${a.id}/withdraw-consent`, { note: 'Belde af' });
    expect(withdrawn.statusCode).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}/talent-cards/${a.id}`)).statusCode).toBe(404);
    for (const url of [`talent-cards`, `talent-matches?status=all`, `talent-cards/${b.id}/suggestions`, `talent-cards/${b.id}`]) {
      const body = (await worker.get(`/api/projects/${projectId}/${url}`)).body;
      expect(body).not.toContain(a.id);
      expect(body).not.toContain('Truus Weg');
    }
    expect((await worker.get(`/api/projects/${projectId}/talent-matches?status=all`)).json().total).toBe(1);
    // Matching the withdrawn card again is refused; a second withdrawal finds nothing.
    expect((await worker.post(`/api/projects/${projectId}/talent-matches`, match(c.id, a.id))).json().fields).toEqual([
      { path: 'cardBId', message: expect.any(String) },
    ]);
    expect((await worker.post(`/api/projects/${projectId}/talent-cards/${a.id}/withdraw-consent`, { note: '' })).statusCode).toBe(404);
    // What the card said is gone from the database, the consent's dates stay; its open match is closed.
    const stored = await t.database.db.selectFrom('talent_cards').where('id', '=', a.id).selectAll().executeTakeFirstOrThrow();
    expect([stored.contact_name, stored.contact_phone, stored.gives, stored.wishes, stored.consent_withdrawn_by]).toEqual(['', '', '', '', people.worker.id]);
    const open = await t.database.db.selectFrom('talent_matches').where('card_a_id', '=', a.id).select('outcome').execute();
    expect(open).toEqual([{ outcome: 'consent_withdrawn' }]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('resource_id', '=', a.id)
      .where('action', '=', 'withdraw_consent')
      .select(['actor_user_id', 'details'])
      .execute();
    expect(audit).toEqual([{ actor_user_id: people.worker.id, details: { note: 'Belde af', closedMatches: 1 } }]);
    // The household may consent again later: a new card.
    await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus Terug' }));
  });
});

describe('objection (no contact)', () => {
  it('leaves an objecting household out of the suggestions and refuses a match with it, naming its address', async () => {
    const { projectId, homes, worker } = await newTalentWorld(3);
    const a = await makeCard(worker, projectId, card(homes[0]!.household.id, { contactName: 'Truus Tuinman' }));
    const b = await makeCard(worker, projectId, card(homes[1]!.household.id, { contactName: 'Kees Kok', gives: 'Ik kan goed schaken' }));
    const c = await makeCard(worker, projectId, card(homes[2]!.household.id, { contactName: 'Ans Schaak', gives: 'Ik kan goed schaken' }));
    await t.database.db.updateTable('households').set({ no_contact: true }).where('id', '=', homes[1]!.household.id).execute();

    const suggested = (await worker.get(`/api/projects/${projectId}/talent-cards/${a.id}/suggestions`)).json() as { suggestions: { card: { id: string } }[] };
    expect(suggested.suggestions.map((s) => s.card.id)).toEqual([c.id]);
    expect((await worker.get(`/api/projects/${projectId}/talent-cards/${b.id}/suggestions`)).json()).toEqual({ suggestions: [] });

    for (const body of [match(a.id, b.id), match(b.id, c.id)]) {
      const refused = await worker.post(`/api/projects/${projectId}/talent-matches`, body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toContain('Lankforst 2, 6538 AB Nijmegen');
      expect(refused.json().message).toContain('bezwaar');
    }
    expect(await t.database.db.selectFrom('talent_matches').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
    expect((await worker.post(`/api/projects/${projectId}/talent-matches`, match(a.id, c.id))).statusCode).toBe(201);
  });
});

describe('consent, as a property', () => {
  type Step = { op: 'withdraw'; card: number } | { op: 'match'; a: number; b: number };
  const step = (n: number): fc.Arbitrary<Step> =>
    fc.oneof(
      fc.record({ op: fc.constant('withdraw' as const), card: fc.nat(n - 1) }),
      fc.record({ op: fc.constant('match' as const), a: fc.nat(n - 1), b: fc.nat(n - 1) }),
    );
  const vocabulary = ['tuinieren', 'schaken', 'koken', 'wandelen', 'boodschappen'];

  it('never suggests or stores a household without consent, and no read returns a withdrawn card or its open matches', async () => {
    const world = await newTalentWorld(4);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ consents: fc.boolean(), gives: fc.subarray(vocabulary, { minLength: 1 }), wishes: fc.subarray(vocabulary, { minLength: 1 }) }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.array(step(4), { minLength: 1, maxLength: 8 }),
        async (households, steps) => {
          const { projectId, homes, worker } = world;
          // Each run starts from no cards at all.
          await t.database.db.deleteFrom('talent_cards').where('project_id', '=', projectId).execute();
          // Households without consent get no card: the API refuses, there is nothing to match them by.
          const cards: ({ id: string; name: string; withdrawn: boolean } | null)[] = [];
          for (const [i, h] of households.entries()) {
            const name = `Kaart ${i} ${h.consents}`;
            const response = await worker.post(
              `/api/projects/${projectId}/talent-cards`,
              card(homes[i]!.household.id, { contactName: name, consentGiven: h.consents, gives: h.gives.join(' '), wishes: h.wishes.join(' ') }),
            );
            expect(response.statusCode).toBe(h.consents ? 201 : 400);
            cards.push(h.consents ? { id: response.json().id, name, withdrawn: false } : null);
          }
          const consenting = () => cards.filter((c): c is NonNullable<typeof c> => c !== null && !c.withdrawn);
          const gone = () => cards.filter((c): c is NonNullable<typeof c> => c !== null && c.withdrawn);
          let stored = 0;
          for (const s of steps) {
            if (s.op === 'withdraw') {
              const target = cards[s.card];
              const response = await worker.post(`/api/projects/${projectId}/talent-cards/${target?.id ?? homes[s.card]!.household.id}/withdraw-consent`, {
                note: '',
              });
              expect(response.statusCode).toBe(target && !target.withdrawn ? 200 : 404);
              if (target) target.withdrawn = true;
            } else {
              const [a, b] = [cards[s.a], cards[s.b]];
              const response = await worker.post(
                `/api/projects/${projectId}/talent-matches`,
                match(a?.id ?? homes[s.a]!.household.id, b?.id ?? homes[s.b]!.household.id),
              );
              const allowed = a && b && !a.withdrawn && !b.withdrawn && s.a !== s.b;
              expect(response.statusCode, response.body).toBe(allowed ? 201 : 400);
              if (allowed) stored++;
            }
            // Stored: no open match has a card without consent; every match was made between two consenting cards.
            const rows = await t.database.db
              .selectFrom('talent_matches as m')
              .innerJoin('talent_cards as a', 'a.id', 'm.card_a_id')
              .innerJoin('talent_cards as b', 'b.id', 'm.card_b_id')
              .where('m.project_id', '=', projectId)
              .select(['m.outcome', 'a.consent_withdrawn_at as aGone', 'b.consent_withdrawn_at as bGone'])
              .execute();
            expect(rows).toHaveLength(stored);
            for (const row of rows) if (row.aGone || row.bGone) expect(row.outcome).toBe('consent_withdrawn');

            // Read: nothing anyone can ask returns a withdrawn card, its name or its matches.
            const reads = [
              await worker.get(`/api/projects/${projectId}/talent-cards?limit=200`),
              await worker.get(`/api/projects/${projectId}/talent-matches?status=all&limit=200`),
              await worker.get(`/api/projects/${projectId}/talent-matches?status=overdue&limit=200`),
              ...(await Promise.all(consenting().map((c) => worker.get(`/api/projects/${projectId}/talent-cards/${c.id}/suggestions`)))),
              ...(await Promise.all(consenting().map((c) => worker.get(`/api/projects/${projectId}/talent-cards/${c.id}`)))),
            ];
            for (const read of reads) {
              expect(read.statusCode).toBe(200);
              for (const c of gone()) {
                expect(read.body).not.toContain(c.id);
                expect(read.body).not.toContain(c.name);
              }
              // Households that never consented have no card to show.
              for (const [i, h] of households.entries()) if (!h.consents) expect(read.body).not.toContain(`Kaart ${i} false`);
            }
            for (const c of gone()) expect((await worker.get(`/api/projects/${projectId}/talent-cards/${c.id}`)).statusCode).toBe(404);
            const listed = (reads[0]!.json() as { cards: { id: string }[] }).cards.map((c) => c.id).sort();
            expect(listed).toEqual(
              consenting()
                .map((c) => c.id)
                .sort(),
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
